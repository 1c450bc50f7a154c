<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivationCatalog</name>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="28"/>
        <location filename="../../core/activationcatalog.cpp" line="33"/>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="120"/>
        <source>min_val (%1) must be less than max_val (%2)</source>
        <translation>min_val (%1) doit être inférieur à max_val (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/activationcatalog.cpp" line="345"/>
        <source>%1 takes %n parameter(s)</source>
        <translation>
            <numerusform>%1 prend %n paramètre</numerusform>
            <numerusform>%1 prend %n paramètres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="350"/>
        <source>%1 of %2 must be one of %3</source>
        <translation>%1 de %2 doit prendre l&apos;une des valeurs %3</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="351"/>
        <source>%1=%2 is out of range for %3: use %4 to %5</source>
        <translation>%1=%2 est hors limites pour %3&#xa0;: utilisez une valeur de %4 à %5</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="359"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="379"/>
        <source>unknown function &apos;%1&apos;; choose one of %2</source>
        <translation>fonction «&#xa0;%1&#xa0;» inconnue&#xa0;; choisissez parmi %2</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="395"/>
        <source>%1 takes no parameters, got &apos;%2&apos;</source>
        <translation>%1 ne prend aucun paramètre, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="396"/>
        <source>unknown parameter &apos;%1&apos; for %2; it takes %3</source>
        <translation>paramètre «&#xa0;%1&#xa0;» inconnu pour %2&#xa0;; paramètres acceptés&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="400"/>
        <source>parameter &apos;%1&apos; of %2 needs a value, as in %1=%3</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» de %2 doit avoir une valeur, par exemple %1=%3</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="407"/>
        <source>%1 of %2 must be one of %3, got &apos;%4&apos;</source>
        <translation>%1 de %2 doit prendre l&apos;une des valeurs %3, reçu «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="415"/>
        <source>%1 of %2 expects a finite number, got &apos;%3&apos;</source>
        <translation>%1 de %2 attend un nombre fini, reçu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="443"/>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="445"/>
        <source>%1=%2 (%3 to %4)</source>
        <translation>%1=%2 (%3 à %4)</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="452"/>
        <source>%1  parameters: %2  kinks: %3</source>
        <translation>%1  paramètres&#xa0;: %2  points anguleux&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="453"/>
        <location filename="../../core/activationcatalog.cpp" line="454"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="22"/>
        <source>Render the view to FILE (.png, .pdf or .svg) and exit.</source>
        <translation>Enregistrer la vue dans FICHIER (.png, .pdf ou .svg) et quitter.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="23"/>
        <location filename="../../app/commandline.cpp" line="73"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="25"/>
        <source>Size of the exported figure in pixels (default 700x700).</source>
        <translation>Taille de la figure exportée en pixels (par défaut 700x700).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="26"/>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="28"/>
        <source>Put the probe at x = X (default 2).</source>
        <translation>Placer le point mobile en x = X (par défaut 2).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="29"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="31"/>
        <source>Value reported for f′ at a kink: %1 (default framework).</source>
        <translation>Valeur donnée pour f′ en un point anguleux&#xa0;: %1 (par défaut framework).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="33"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="35"/>
        <source>Print x, f(x), f′(x), f′₋(x) and f′₊(x) as CSV and exit.</source>
        <translation>Afficher x, f(x), f′(x), f′₋(x) et f′₊(x) au format CSV et quitter.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="36"/>
        <source>First x of --table (default -4).</source>
        <translation>Premier x de --table (par défaut -4).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="37"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="38"/>
        <source>Last x of --table (default 4).</source>
        <translation>Dernier x de --table (par défaut 4).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="39"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="40"/>
        <source>Step between the x of --table (default 1).</source>
        <translation>Pas entre les x de --table (par défaut 1).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="41"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="43"/>
        <source>The function: NAME or NAME:param=value,... such as leaky_relu:negative_slope=0.2 (see --list-functions; default relu).</source>
        <translation>La fonction&#xa0;: NOM ou NOM:param=valeur,... par exemple leaky_relu:negative_slope=0.2 (voir --list-functions&#xa0;; par défaut relu).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="46"/>
        <source>SPEC</source>
        <translation>FONCTION</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="48"/>
        <source>Your own f(x) in muparser syntax, such as &quot;max(0, x)&quot;; its derivative is numerical.</source>
        <translation>Votre propre f(x) en syntaxe muparser, par exemple &quot;max(0, x)&quot;&#xa0;; sa dérivée est calculée numériquement.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="50"/>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="52"/>
        <source>Draw these functions faintly beside it, such as gelu,silu.</source>
        <translation>Tracer ces fonctions en pâle à côté, par exemple gelu,silu.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="53"/>
        <source>SPEC,...</source>
        <translation>FONCTION,...</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="55"/>
        <source>List the built-in functions with their parameters and kinks.</source>
        <translation>Lister les fonctions intégrées avec leurs paramètres et points anguleux.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="57"/>
        <source>Explicit x values for --table, instead of --from/--to/--step.</source>
        <translation>Valeurs de x explicites pour --table, au lieu de --from/--to/--step.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="58"/>
        <source>X,...</source>
        <translation>X,...</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="60"/>
        <source>Presentation mode: full screen and large type; with --export, a figure for slides.</source>
        <translation>Mode présentation&#xa0;: plein écran et grands caractères&#xa0;; avec --export, une figure pour diapositives.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="63"/>
        <source>Colours: light, dark or system (default: the saved choice; light for --export).</source>
        <translation>Couleurs&#xa0;: light, dark ou system (par défaut&#xa0;: le choix enregistré&#xa0;; light pour --export).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="65"/>
        <source>THEME</source>
        <translation>THÈME</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="67"/>
        <source>The language of the window and figures: en, de or fr (default: the system&apos;s).</source>
        <translation>Langue de la fenêtre et des figures&#xa0;: en, de ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="69"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="71"/>
        <source>Use this settings file instead of your own; with --export, render the session it holds.</source>
        <translation>Utiliser ce fichier de réglages au lieu du vôtre&#xa0;; avec --export, dessiner la session qu&apos;il contient.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="75"/>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="77"/>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="82"/>
        <source>ReLU Explorer: drag a point along f(x) = max(0, x), or another activation, and see its slope, its kinks, and what programs choose for f′ there.
Without options it opens the window. --export and --table need no display.</source>
        <translation>ReLU Explorer&#xa0;: faites glisser un point le long de f(x) = max(0, x), ou d&apos;une autre fonction d&apos;activation, et voyez sa pente, ses points anguleux et ce que les programmes y choisissent pour f′.
Sans option, la fenêtre s&apos;ouvre. --export et --table n&apos;ont pas besoin d&apos;affichage graphique.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="88"/>
        <source>A lesson file to open (saved with File ▸ Save Lesson As).</source>
        <translation>Un fichier de leçon à ouvrir (enregistré avec Fichier ▸ Enregistrer la leçon sous).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="89"/>
        <source>[lesson.json]</source>
        <translation>[lesson.json]</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="105"/>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 attend un nombre, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="107"/>
        <source>--%1 must be a finite number, got &apos;%2&apos;</source>
        <translation>--%1 doit être un nombre fini, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="148"/>
        <source>unexpected argument &apos;%1&apos;; give at most one lesson file</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; indiquez au plus un fichier de leçon</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="170"/>
        <source>--function and --expression cannot be combined; give one of them</source>
        <translation>--function et --expression ne peuvent pas être combinées&#xa0;; indiquez l&apos;une des deux</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="176"/>
        <source>--function: %1</source>
        <translation>--function&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="184"/>
        <source>--expression: %1 (at character %2)</source>
        <translation>--expression&#xa0;: %1 (au caractère %2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="185"/>
        <source>--expression: %1</source>
        <translation>--expression&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="193"/>
        <source>--compare: %1</source>
        <translation>--compare&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="202"/>
        <source>--export and --table cannot be combined; run them one at a time</source>
        <translation>--export et --table ne peuvent pas être combinées&#xa0;; lancez-les l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="207"/>
        <source>--%1 only applies to --table</source>
        <translation>--%1 ne s&apos;applique qu&apos;à --table</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="212"/>
        <source>--size only applies to --export</source>
        <translation>--size ne s&apos;applique qu&apos;à --export</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="220"/>
        <source>unknown --convention &apos;%1&apos;; use one of %2</source>
        <translation>valeur inconnue pour --convention&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="230"/>
        <source>unknown --theme &apos;%1&apos;; use light, dark or system</source>
        <translation>valeur inconnue pour --theme&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; utilisez light, dark ou system</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="239"/>
        <source>--settings needs a file, got &apos;%1&apos;</source>
        <translation>--settings attend un fichier, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="243"/>
        <source>--settings: the directory &apos;%1&apos; does not exist</source>
        <translation>--settings&#xa0;: le dossier «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="247"/>
        <source>--settings applies to the window and --export, not to --table</source>
        <translation>--settings s&apos;applique à la fenêtre et à --export, pas à --table</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="256"/>
        <source>unknown --lang &apos;%1&apos;; use one of %2</source>
        <translation>valeur inconnue pour --lang&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="261"/>
        <source>--presentation and --theme apply to the figure, not to --table</source>
        <translation>--presentation et --theme s&apos;appliquent à la figure, pas à --table</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="271"/>
        <source>--compare applies to the figure, not to --table</source>
        <translation>--compare s&apos;applique à la figure, pas à --table</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="279"/>
        <source>use either --at or --from/--to/--step, not both</source>
        <translation>utilisez soit --at, soit --from/--to/--step, pas les deux</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="285"/>
        <source>--at has more than 10,000,000 values</source>
        <translation>--at a plus de 10&#xa0;000&#xa0;000 valeurs</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="292"/>
        <source>--at expects numbers separated by commas, got &apos;%1&apos;</source>
        <translation>--at attend des nombres séparés par des virgules, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="325"/>
        <source>--size expects WIDTHxHEIGHT in pixels, such as 700x700, got &apos;%1&apos;</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, par exemple 700x700, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="327"/>
        <source>--size %1: each side must be between %2 and %3 pixels</source>
        <translation>--size %1&#xa0;: chaque côté doit mesurer entre %2 et %3 pixels</translation>
    </message>
</context>
<context>
    <name>DerivativeConventions</name>
    <message>
        <location filename="../../core/derivativeconvention.cpp" line="54"/>
        <source>Framework (PyTorch)</source>
        <translation>Framework (PyTorch)</translation>
    </message>
    <message>
        <location filename="../../core/derivativeconvention.cpp" line="55"/>
        <source>Left derivative</source>
        <translation>Dérivée à gauche</translation>
    </message>
    <message>
        <location filename="../../core/derivativeconvention.cpp" line="56"/>
        <source>Right derivative</source>
        <translation>Dérivée à droite</translation>
    </message>
    <message>
        <location filename="../../core/derivativeconvention.cpp" line="57"/>
        <source>Average of both sides</source>
        <translation>Moyenne des deux côtés</translation>
    </message>
    <message>
        <location filename="../../core/derivativeconvention.cpp" line="58"/>
        <source>Undefined</source>
        <translation>Non définie</translation>
    </message>
</context>
<context>
    <name>DifferenceQuotient</name>
    <message>
        <location filename="../../core/differencequotient.cpp" line="47"/>
        <source>(f(x+h) − f(x)) / h</source>
        <translation>(f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <location filename="../../core/differencequotient.cpp" line="48"/>
        <source>(f(x+h) − f(x−h)) / 2h</source>
        <translation>(f(x+h) − f(x−h)) / 2h</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../../app/explanations.cpp" line="5"/>
        <source>&lt;h3&gt;Why do programs choose a value at the kink?&lt;/h3&gt;&lt;p&gt;At x = 0 ReLU has a corner. Coming from the left the slope is 0; coming from the right it is 1. Every line through the corner with a slope between 0 and 1 stays under the graph, so there is no single tangent, and f′(0) does not exist.&lt;/p&gt;&lt;p&gt;A neural network still needs a number there: backpropagation multiplies every gradient along the way. So each library simply decides. The decision almost never matters, because an input lands exactly on 0 very rarely: the kink is a single point, a set of measure zero. Choosing 0 has a pleasant side effect: a unit that outputs 0 passes no gradient back either, which keeps the gradients sparse.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What PyTorch 1.13 computes at 0&lt;/b&gt; (Debian&apos;s python3-torch):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;torch.relu(x)&lt;/tt&gt;: f′(0) = 0&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt;: f′(0) = 1, because clamp passes the gradient wherever x ≥ min&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.maximum(x, torch.zeros_like(x))&lt;/tt&gt;: f′(0) = ½, because a tie splits the gradient between both inputs&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;All three compute the same values max(0, x). Only the derivative at the kink differs, and the &lt;i&gt;Convention&lt;/i&gt; menu lets you pick which one the app shows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pourquoi les programmes choisissent-ils une valeur au point anguleux&#xa0;?&lt;/h3&gt;&lt;p&gt;En x = 0, ReLU a un coin. En venant de la gauche, la pente vaut 0&#xa0;; en venant de la droite, elle vaut 1. Toute droite passant par le coin avec une pente comprise entre 0 et 1 reste sous le graphe&#xa0;: il n&apos;y a donc pas de tangente unique, et f′(0) n&apos;existe pas.&lt;/p&gt;&lt;p&gt;Un réseau de neurones a pourtant besoin d&apos;un nombre à cet endroit&#xa0;: la rétropropagation multiplie tous les gradients rencontrés en chemin. Chaque bibliothèque fait donc simplement un choix. Ce choix n&apos;a presque jamais d&apos;importance, car une entrée tombe très rarement exactement sur 0&#xa0;: le point anguleux est un seul point, un ensemble de mesure nulle. Choisir 0 a un effet secondaire agréable&#xa0;: un neurone qui renvoie 0 ne transmet pas non plus de gradient en retour, ce qui rend les gradients parcimonieux (sparse).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce que PyTorch 1.13 calcule en 0&lt;/b&gt; (python3-torch de Debian)&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;torch.relu(x)&lt;/tt&gt;&#xa0;: f′(0) = 0&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt;&#xa0;: f′(0) = 1, car clamp transmet le gradient partout où x ≥ min&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.maximum(x, torch.zeros_like(x))&lt;/tt&gt;&#xa0;: f′(0) = ½, car en cas d&apos;égalité le gradient est partagé entre les deux entrées&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les trois calculent les mêmes valeurs max(0, x). Seule la dérivée au point anguleux diffère, et le menu &lt;i&gt;Convention&lt;/i&gt; permet de choisir celle que l&apos;application affiche.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/explanations.cpp" line="29"/>
        <source>&lt;h3&gt;Why the central difference says ½ at the kink&lt;/h3&gt;&lt;p&gt;The central difference (f(x+h) − f(x−h)) / 2h looks at both sides of x at once. Where f is smooth it approaches f′(x), and faster than a one-sided secant.&lt;/p&gt;&lt;p&gt;At ReLU&apos;s kink it is ½ for every h: it averages the slope 0 on the left with the slope 1 on the right. But a derivative needs the secant slopes to approach &lt;i&gt;one&lt;/i&gt; value from &lt;i&gt;both&lt;/i&gt; sides. Shrink h and watch: from the right the slope stays 1, from the left it stays 0. The two one-sided limits differ, so f′(0) does not exist, and ½ is only their average, one of the many lines through the corner, picked by the symmetry of the formula rather than by the function.&lt;/p&gt;&lt;p&gt;Numerical tools that differentiate with central differences report 0.5 at the kink for exactly this reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pourquoi la différence centrée donne ½ au point anguleux&lt;/h3&gt;&lt;p&gt;La différence centrée (f(x+h) − f(x−h)) / 2h regarde les deux côtés de x à la fois. Là où f est lisse, elle tend vers f′(x), et plus vite qu&apos;une sécante d&apos;un seul côté.&lt;/p&gt;&lt;p&gt;Au point anguleux de ReLU, elle vaut ½ pour tout h&#xa0;: elle fait la moyenne de la pente 0 à gauche et de la pente 1 à droite. Or, pour qu&apos;il y ait une dérivée, les pentes des sécantes doivent tendre vers &lt;i&gt;une seule&lt;/i&gt; valeur des &lt;i&gt;deux&lt;/i&gt; côtés. Réduisez h et observez&#xa0;: à droite, la pente reste 1&#xa0;; à gauche, elle reste 0. La limite à gauche et la limite à droite diffèrent, donc f′(0) n&apos;existe pas, et ½ n&apos;est que leur moyenne&#xa0;: l&apos;une des nombreuses droites passant par le coin, choisie par la symétrie de la formule et non par la fonction.&lt;/p&gt;&lt;p&gt;C&apos;est exactement pour cette raison que les outils numériques qui dérivent par différences centrées renvoient 0.5 au point anguleux.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExplorerActions</name>
    <message>
        <location filename="../../app/exploreractions.cpp" line="16"/>
        <source>&amp;Derivative Panel</source>
        <translation>Panneau de la &amp;dérivée</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="17"/>
        <source>Show f′ in a panel under the function</source>
        <translation>Afficher f′ dans un panneau sous la fonction</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="20"/>
        <source>&amp;Reset View</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="21"/>
        <source>Back to the notebook&apos;s view: x from -4.4 to 4.4, y from -1 to 5 (or double-click the plot)</source>
        <translation>Revenir à la vue du notebook&#xa0;: x de -4.4 à 4.4, y de -1 à 5 (ou double-clic sur le graphique)</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="25"/>
        <source>Step &amp;Left</source>
        <translation>Pas à &amp;gauche</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="25"/>
        <source>Move the probe one step left</source>
        <translation>Déplacer le point mobile d&apos;un pas vers la gauche</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="26"/>
        <source>Step &amp;Right</source>
        <translation>Pas à &amp;droite</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="26"/>
        <source>Move the probe one step right</source>
        <translation>Déplacer le point mobile d&apos;un pas vers la droite</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="27"/>
        <source>&amp;Fine Step Left</source>
        <translation>Pas &amp;fin à gauche</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="28"/>
        <source>Move the probe a tenth of a step left</source>
        <translation>Déplacer le point mobile d&apos;un dixième de pas vers la gauche</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="29"/>
        <source>F&amp;ine Step Right</source>
        <translation>Pas f&amp;in à droite</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="30"/>
        <source>Move the probe a tenth of a step right</source>
        <translation>Déplacer le point mobile d&apos;un dixième de pas vers la droite</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="37"/>
        <source>To the Left &amp;Edge</source>
        <translation>Au &amp;bord gauche</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="37"/>
        <source>Move the probe to the left edge of the view</source>
        <translation>Amener le point mobile au bord gauche de la vue</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="38"/>
        <source>To the Right E&amp;dge</source>
        <translation>Au bo&amp;rd droit</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="38"/>
        <source>Move the probe to the right edge of the view</source>
        <translation>Amener le point mobile au bord droit de la vue</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="41"/>
        <source>To the &amp;Kink</source>
        <translation>Au point &amp;anguleux</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="42"/>
        <source>Put the probe exactly on the kink (again: the next kink)</source>
        <translation>Placer le point mobile exactement sur le point anguleux (à nouveau&#xa0;: sur le suivant)</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="50"/>
        <source>Report f′ at a kink as: %1</source>
        <translation>Valeur de f′ en un point anguleux&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="56"/>
        <source>&amp;Next Convention</source>
        <translation>Convention &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="56"/>
        <source>Cycle through the conventions</source>
        <translation>Parcourir les conventions l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="59"/>
        <source>Show &amp;Secant</source>
        <translation>Afficher la &amp;sécante</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="60"/>
        <source>Draw the secant through the probe and a second point h away, and its slope</source>
        <translation>Tracer la sécante passant par le point mobile et un second point distant de h, avec sa pente</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="66"/>
        <source>&amp;One-Sided: (f(x+h) − f(x)) / h</source>
        <translation>&amp;Unilatérale&#xa0;: (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="66"/>
        <source>The secant through x and x + h</source>
        <translation>La sécante passant par x et x + h</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="67"/>
        <source>&amp;Central: (f(x+h) − f(x−h)) / 2h</source>
        <translation>&amp;Centrée&#xa0;: (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="68"/>
        <source>The secant through x − h and x + h; at a kink it averages both sides</source>
        <translation>La sécante passant par x − h et x + h&#xa0;; en un point anguleux, elle fait la moyenne des deux côtés</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="75"/>
        <source>&amp;Halve h</source>
        <translation>&amp;Diviser h par deux</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="75"/>
        <source>Bring the secant&apos;s second point twice as close</source>
        <translation>Rendre le second point de la sécante deux fois plus proche</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="76"/>
        <source>&amp;Double h</source>
        <translation>Dou&amp;bler h</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="76"/>
        <source>Move the secant&apos;s second point twice as far</source>
        <translation>Placer le second point de la sécante deux fois plus loin</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="77"/>
        <source>&amp;Flip h to the Other Side</source>
        <translation>Passer h de l&apos;&amp;autre côté</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="78"/>
        <source>Change the sign of h: look at the other side of x</source>
        <translation>Changer le signe de h&#xa0;: regarder l&apos;autre côté de x</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="82"/>
        <source>Shrink h Step by Step</source>
        <translation>Réduire h pas à pas</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="83"/>
        <source>Halve h again and again and watch the secant&apos;s slope</source>
        <translation>Diviser h par deux encore et encore, et observer la pente de la sécante</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="195"/>
        <source>Compare &amp;With</source>
        <translation>Comparer &amp;avec</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="206"/>
        <source>Draw %1 faintly beside the function</source>
        <translation>Tracer %1 en pâle à côté de la fonction</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="213"/>
        <source>Your &amp;Own f(x)…</source>
        <translation>Votre &amp;propre f(x)…</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="214"/>
        <source>Type your own function in the expression box</source>
        <translation>Saisir votre propre fonction dans le champ d&apos;expression</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="215"/>
        <source>&amp;Clear Comparisons</source>
        <translation>&amp;Effacer les comparaisons</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="215"/>
        <source>Draw the function alone again</source>
        <translation>Tracer de nouveau la fonction seule</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="28"/>
        <source>Reset &amp;All</source>
        <translation>&amp;Tout réinitialiser</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="29"/>
        <source>Back to the first start: ReLU, the notebook&apos;s view, the probe at 2</source>
        <translation>Revenir au premier démarrage&#xa0;: ReLU, la vue du notebook, le point mobile en 2</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="36"/>
        <source>&amp;Values Table</source>
        <translation>Tableau de &amp;valeurs</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="37"/>
        <source>The notebook&apos;s table of x, f(x) and the derivatives at the sample points</source>
        <translation>Le tableau du notebook&#xa0;: x, f(x) et les dérivées aux points d&apos;échantillonnage</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="31"/>
        <source>Sample &amp;Points</source>
        <translation>&amp;Points d&apos;échantillonnage</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="32"/>
        <source>Markers at x = -4, -3, ..., 4, like the notebook&apos;s first figure</source>
        <translation>Marqueurs en x = -4, -3, ..., 4, comme dans la première figure du notebook</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <location filename="../../core/explorerstate.cpp" line="24"/>
        <source>it is not finite</source>
        <translation>elle n&apos;est pas finie</translation>
    </message>
    <message>
        <location filename="../../core/explorerstate.cpp" line="26"/>
        <source>it reaches past ±%1</source>
        <translation>elle dépasse ±%1</translation>
    </message>
    <message>
        <location filename="../../core/explorerstate.cpp" line="28"/>
        <source>it runs backwards</source>
        <translation>elle est à l&apos;envers</translation>
    </message>
    <message>
        <location filename="../../core/explorerstate.cpp" line="30"/>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <location filename="../../core/explorerstate.cpp" line="32"/>
        <source>it is narrower than %1</source>
        <translation>elle est plus étroite que %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/exportdialog.cpp" line="38"/>
        <location filename="../../app/exportdialog.cpp" line="105"/>
        <source>Export Figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="39"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="39"/>
        <source>PDF document (vector)</source>
        <translation>Document PDF (vectoriel)</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="39"/>
        <source>SVG drawing (vector)</source>
        <translation>Dessin SVG (vectoriel)</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="40"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="41"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="44"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="48"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="49"/>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="54"/>
        <source>PNG pixels per figure pixel: 2 × is sharp on high-resolution screens and slides</source>
        <translation>Pixels PNG par pixel de la figure&#xa0;: 2 × est net sur les écrans haute résolution et les diapositives</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="55"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="60"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="69"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="70"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="71"/>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="72"/>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="105"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf);;Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ExpressionActivation</name>
    <message>
        <location filename="../../core/expressionactivation.cpp" line="251"/>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <location filename="../../core/expressionactivation.cpp" line="253"/>
        <source>f′(x), numerical</source>
        <translation>f′(x), numérique</translation>
    </message>
    <message>
        <location filename="../../core/expressionactivation.cpp" line="276"/>
        <source>enter f(x) in terms of x, such as max(0, x)</source>
        <translation>saisissez f(x) en fonction de x, par exemple max(0, x)</translation>
    </message>
    <message>
        <location filename="../../core/expressionactivation.cpp" line="280"/>
        <source>the expression has %1 characters; at most %2 are allowed</source>
        <translation>l&apos;expression fait %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <location filename="../../core/expressionactivation.cpp" line="293"/>
        <source>f(x) is not a real number anywhere from -10 to 10</source>
        <translation>f(x) n&apos;est un nombre réel nulle part entre -10 et 10</translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="17"/>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="19"/>
        <source>your own, e.g. max(0, x) or x*(x&gt;0)</source>
        <translation>votre fonction, p. ex. max(0, x) ou x*(x&gt;0)</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="20"/>
        <source>Type f(x) with the variable x, in muparser syntax: + - * / ^, max, min, abs, exp, log, tanh, sigmoid, relu, comparisons such as (x&gt;0). The derivative is computed numerically and kinks are found automatically.</source>
        <translation>Saisissez f(x) avec la variable x, en syntaxe muparser&#xa0;: + - * / ^, max, min, abs, exp, log, tanh, sigmoid, relu, comparaisons comme (x&gt;0). La dérivée est calculée numériquement et les points anguleux sont trouvés automatiquement.</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="23"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="25"/>
        <source>Expression status</source>
        <translation>État de l&apos;expression</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="72"/>
        <source> at character %1</source>
        <translation> au caractère %1</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="73"/>
        <source>✗ %1%2</source>
        <translation>✗ %1%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/expressioneditor.cpp" line="104"/>
        <source>✓ f′ numerical; %n kink(s) found</source>
        <translation>
            <numerusform>✓ f′ numérique&#xa0;; %n point anguleux trouvé</numerusform>
            <numerusform>✓ f′ numérique&#xa0;; %n points anguleux trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpressionEvaluator</name>
    <message>
        <location filename="../../core/expressionevaluator.cpp" line="104"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../core/expressionevaluator.cpp" line="115"/>
        <source>write one expression, without commas between expressions</source>
        <translation>écrivez une seule expression, sans virgule entre des expressions</translation>
    </message>
    <message>
        <location filename="../../core/expressionevaluator.cpp" line="124"/>
        <source>the expression is not valid: %1</source>
        <translation>l&apos;expression n&apos;est pas valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <location filename="../../app/figureexporter.cpp" line="30"/>
        <source>the export path is empty</source>
        <translation>le chemin d&apos;export est vide</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="33"/>
        <source>cannot export to &apos;%1&apos;: it is a directory</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="37"/>
        <source>cannot export to &apos;%1&apos;: add .png, .pdf or .svg to the name</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: ajoutez .png, .pdf ou .svg au nom</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="38"/>
        <source>cannot export to &apos;%1&apos;: unsupported format &apos;.%2&apos;; use .png, .pdf or .svg</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: format «&#xa0;.%2&#xa0;» non pris en charge&#xa0;; utilisez .png, .pdf ou .svg</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="43"/>
        <source>cannot export to &apos;%1&apos;: the directory &apos;%2&apos; does not exist</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="46"/>
        <source>cannot export to &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="49"/>
        <source>cannot export to &apos;%1&apos;: no permission to write in &apos;%2&apos;</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: pas le droit d&apos;écrire dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="52"/>
        <source>cannot export to &apos;%1&apos;: the file is read-only</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="80"/>
        <location filename="../../app/figureexporter.cpp" line="95"/>
        <source>ReLU Explorer figure</source>
        <translation>Figure de ReLU Explorer</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="108"/>
        <source>cannot export at %1x%2: each side must be between %3 and %4 pixels</source>
        <translation>impossible d&apos;exporter en %1x%2&#xa0;: chaque côté doit mesurer entre %3 et %4 pixels</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="122"/>
        <source>cannot write &apos;%1&apos;: the figure could not be rendered</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: la figure n&apos;a pas pu être dessinée</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="126"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>rendering failed</source>
        <translation type="vanished">le rendu a échoué</translation>
    </message>
</context>
<context>
    <name>FunctionChooser</name>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="23"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="25"/>
        <source>Type part of a name to filter the functions; Enter picks the first match</source>
        <translation>Tapez une partie d&apos;un nom pour filtrer les fonctions&#xa0;; Entrée choisit la première correspondance</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="26"/>
        <source>Search functions</source>
        <translation>Rechercher des fonctions</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="33"/>
        <source>your own f(x)…</source>
        <translation>votre propre f(x)…</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="34"/>
        <source>Type f(x) in the expression box</source>
        <translation>Saisir f(x) dans le champ d&apos;expression</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="35"/>
        <source>The function to explore; PyTorch&apos;s names</source>
        <translation>La fonction à explorer&#xa0;; noms de PyTorch</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="36"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
</context>
<context>
    <name>Kink</name>
    <message>
        <location filename="../../core/kink.cpp" line="34"/>
        <source>f′(%1)</source>
        <translation>f′(%1)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="44"/>
        <source>%1 undefined, set to %2 (numerical)</source>
        <translation>%1 non définie, fixée à %2 (numérique)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="45"/>
        <source>%1 undefined, set to %2</source>
        <translation>%1 non définie, fixée à %2</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="47"/>
        <source>%1 undefined, set to %2 (left side)</source>
        <translation>%1 non définie, fixée à %2 (côté gauche)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="49"/>
        <source>%1 undefined, set to %2 (right side)</source>
        <translation>%1 non définie, fixée à %2 (côté droit)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="51"/>
        <source>%1 undefined, set to %2 (average)</source>
        <translation>%1 non définie, fixée à %2 (moyenne)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="55"/>
        <source>%1 undefined</source>
        <translation>%1 non définie</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <location filename="../../app/lessonfile.cpp" line="39"/>
        <source>&apos;%1&apos; must be a number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="50"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="61"/>
        <source>&apos;%1&apos; must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="73"/>
        <source>&apos;%1&apos; must be a list of function names</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de noms de fonctions</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="88"/>
        <source>&apos;view.%1&apos; must be two numbers, [from, to]</source>
        <translation>«&#xa0;view.%1&#xa0;» doit contenir deux nombres, [début, fin]</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="99"/>
        <source>&apos;%1&apos; must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="142"/>
        <source>not a lesson file: %1 at byte %2</source>
        <translation>pas un fichier de leçon&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="144"/>
        <source>not a lesson file: it holds no JSON object</source>
        <translation>pas un fichier de leçon&#xa0;: il ne contient aucun objet JSON</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="147"/>
        <source>not a lesson file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>pas un fichier de leçon&#xa0;: &quot;format&quot; ne vaut pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="150"/>
        <source>the lesson file has no whole-number &quot;version&quot;</source>
        <translation>le fichier de leçon n&apos;a pas de &quot;version&quot; entière</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="153"/>
        <source>this lesson was saved by a newer ReLU Explorer (lesson format %1); this version reads format %2 and older</source>
        <translation>cette leçon a été enregistrée par une version plus récente de ReLU Explorer (format de leçon %1)&#xa0;; cette version lit le format %2 et les précédents</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="156"/>
        <source>the lesson file&apos;s version %1 is not valid</source>
        <translation>la version %1 du fichier de leçon n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="182"/>
        <source>in &apos;samples&apos;: %1</source>
        <translation>dans «&#xa0;samples&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="186"/>
        <source>unknown convention &apos;%1&apos;; use one of %2</source>
        <translation>convention «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="190"/>
        <source>unknown secant &apos;%1&apos;; use off, forward or central</source>
        <translation>sécante «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez off, forward ou central</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="202"/>
        <source>cannot open lesson &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir la leçon «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="207"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="209"/>
        <source>it is a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="211"/>
        <source>the file is %1 bytes; a lesson is at most %2</source>
        <translation>le fichier fait %1 octets&#xa0;; une leçon fait au plus %2</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="227"/>
        <source>the lesson path is empty</source>
        <translation>le chemin de la leçon est vide</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="229"/>
        <source>cannot save lesson to &apos;%1&apos;: it is a directory</source>
        <translation>impossible d&apos;enregistrer la leçon dans «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="231"/>
        <source>cannot save lesson to &apos;%1&apos;: the directory &apos;%2&apos; does not exist</source>
        <translation>impossible d&apos;enregistrer la leçon dans «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="235"/>
        <source>cannot save lesson to &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;enregistrer la leçon dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <location filename="../../app/lessonguide.cpp" line="36"/>
        <source>← &amp;Back</source>
        <translation>← P&amp;récédent</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="37"/>
        <source>&amp;Next →</source>
        <translation>S&amp;uivant →</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="40"/>
        <source>1. What ReLU does</source>
        <translation>1. Ce que fait ReLU</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="41"/>
        <source>&lt;p&gt;ReLU, the rectified linear unit, is &lt;b&gt;f(x) = max(0, x)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A positive number passes through unchanged: f(1) = 1, f(3) = 3. A negative number becomes 0: f(−1) = 0, f(−3) = 0. And 0 stays 0.&lt;/p&gt;&lt;p&gt;The probe sits at x = 3. Drag it, or use ← and →, and watch the readout: left of 0 f(x) is always 0; right of 0 it is x itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ReLU, l&apos;unité linéaire rectifiée (rectified linear unit), est &lt;b&gt;f(x) = max(0, x)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Un nombre positif passe sans changement&#xa0;: f(1) = 1, f(3) = 3. Un nombre négatif devient 0&#xa0;: f(−1) = 0, f(−3) = 0. Et 0 reste 0.&lt;/p&gt;&lt;p&gt;Le point mobile est en x = 3. Faites-le glisser, ou utilisez ← et →, et observez l&apos;affichage des valeurs&#xa0;: à gauche de 0, f(x) vaut toujours 0&#xa0;; à droite de 0, c&apos;est x lui-même.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="47"/>
        <source>2. A table of values</source>
        <translation>2. Un tableau de valeurs</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="48"/>
        <source>&lt;p&gt;Take x = −4, −3, …, 4, as numpy&apos;s &lt;tt&gt;arange(-4, 5, 1)&lt;/tt&gt; does, and compute f for each. The table shows them: f(X) = 0 0 0 0 0 1 2 3 4.&lt;/p&gt;&lt;p&gt;The dots on the curve are these sample points. Joined up, they already show the shape: flat, then a straight rise. Click a row to move the probe there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prenez x = −4, −3, …, 4, comme le fait &lt;tt&gt;arange(-4, 5, 1)&lt;/tt&gt; de numpy, et calculez f pour chacun. Le tableau les affiche&#xa0;: f(X) = 0 0 0 0 0 1 2 3 4.&lt;/p&gt;&lt;p&gt;Les points sur la courbe sont ces points d&apos;échantillonnage. Reliés, ils montrent déjà la forme&#xa0;: plate, puis une montée en ligne droite. Cliquez sur une ligne pour y amener le point mobile.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="53"/>
        <source>3. The slope at x = 2 and at x = −2</source>
        <translation>3. La pente en x = 2 et en x = −2</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="54"/>
        <source>&lt;p&gt;The derivative is the slope of the graph. The dashed line is the tangent at the probe, at x = 2: it rises 1 for every 1 to the right, so &lt;b&gt;f′(2) = 1&lt;/b&gt;. The same holds at every x &amp;gt; 0.&lt;/p&gt;&lt;p&gt;Now press ← until the probe is at x = −2. The graph is flat there, and so is the tangent: &lt;b&gt;f′(−2) = 0&lt;/b&gt;, as for every x &amp;lt; 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La dérivée est la pente du graphe. La ligne en pointillés est la tangente au point mobile, en x = 2&#xa0;: elle monte de 1 pour chaque unité vers la droite, donc &lt;b&gt;f′(2) = 1&lt;/b&gt;. Il en va de même pour tout x &amp;gt; 0.&lt;/p&gt;&lt;p&gt;Appuyez maintenant sur ← jusqu&apos;à ce que le point mobile soit en x = −2. Le graphe y est plat, et la tangente aussi&#xa0;: &lt;b&gt;f′(−2) = 0&lt;/b&gt;, comme pour tout x &amp;lt; 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="60"/>
        <source>4. The coloured figure</source>
        <translation>4. La figure en couleurs</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="61"/>
        <source>&lt;p&gt;Colour the graph by its slope: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; where f′(x) = 0, &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;green&lt;/b&gt;&lt;/span&gt; where f′(x) = 1. The panel underneath draws f′ itself: a step from 0 to 1.&lt;/p&gt;&lt;p&gt;At x = 0 the step has no value of its own. The open circles are the limits from each side; the &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; dot is the value a program uses instead, as the legend says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le graphe est coloré selon sa pente&#xa0;: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;bleu&lt;/b&gt;&lt;/span&gt; là où f′(x) = 0, &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;vert&lt;/b&gt;&lt;/span&gt; là où f′(x) = 1. Le panneau du dessous trace f′ elle-même&#xa0;: une marche de 0 à 1.&lt;/p&gt;&lt;p&gt;En x = 0, la marche n&apos;a pas de valeur propre. Les cercles vides sont la limite à gauche et la limite à droite&#xa0;; le point &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;rouge&lt;/b&gt;&lt;/span&gt; est la valeur qu&apos;un programme utilise à la place, comme l&apos;indique la légende.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="68"/>
        <source>5. The kink and its many lines</source>
        <translation>5. Le point anguleux et ses nombreuses droites</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="69"/>
        <source>&lt;p&gt;At x = 0 the graph has a corner, a &lt;i&gt;kink&lt;/i&gt;. Which line is the tangent there? Every line through the corner with a slope between 0 and 1 touches the graph only there and stays below it. The faint fan shows them.&lt;/p&gt;&lt;p&gt;There is no single tangent, so &lt;b&gt;f′(0) is undefined&lt;/b&gt;. From the left the slope is 0, from the right it is 1; the set of all candidates, [0, 1], is called the subgradient. Press S and then [ to see the secant slopes from each side never agree.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En x = 0, le graphe a un coin, un &lt;i&gt;point anguleux&lt;/i&gt;. Quelle droite est la tangente en ce point&#xa0;? Toute droite passant par le coin avec une pente comprise entre 0 et 1 ne touche le graphe qu&apos;en ce point et reste en dessous. L&apos;éventail pâle les montre.&lt;/p&gt;&lt;p&gt;Il n&apos;y a pas de tangente unique, donc &lt;b&gt;f′(0) n&apos;est pas définie&lt;/b&gt;. À gauche la pente vaut 0, à droite elle vaut 1&#xa0;; l&apos;ensemble de tous les candidats, [0, 1], est l&apos;ensemble des sous-gradients (le sous-différentiel ∂f(0)). Appuyez sur S puis sur [ pour voir que les pentes des sécantes des deux côtés ne coïncident jamais.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="76"/>
        <source>6. The convention, and sparsity</source>
        <translation>6. La convention et la parcimonie</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="77"/>
        <source>&lt;p&gt;A neural network still needs a number at x = 0, so each library picks one. PyTorch&apos;s &lt;tt&gt;torch.relu&lt;/tt&gt; uses &lt;b&gt;0&lt;/b&gt;: the dashed line in the fan.&lt;/p&gt;&lt;p&gt;Why 0? A unit whose input is not positive then passes no gradient back, which keeps many gradients exactly 0: sparse. And the choice hardly matters: an input lands exactly on 0 very rarely, since the kink is a single point.&lt;/p&gt;&lt;p&gt;Press C to try the other conventions: the legend, the readout and the red dot follow. &lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt; uses 1; &lt;tt&gt;torch.maximum(x, 0)&lt;/tt&gt; uses ½.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un réseau de neurones a pourtant besoin d&apos;un nombre en x = 0&#xa0;: chaque bibliothèque en choisit donc un. &lt;tt&gt;torch.relu&lt;/tt&gt; de PyTorch utilise &lt;b&gt;0&lt;/b&gt;&#xa0;: la droite en pointillés dans l&apos;éventail.&lt;/p&gt;&lt;p&gt;Pourquoi 0&#xa0;? Un neurone dont l&apos;entrée n&apos;est pas positive ne transmet alors aucun gradient en retour, ce qui laisse beaucoup de gradients exactement nuls&#xa0;: ils sont parcimonieux (sparse). Et ce choix importe peu&#xa0;: une entrée tombe très rarement exactement sur 0, puisque le point anguleux est un seul point.&lt;/p&gt;&lt;p&gt;Appuyez sur C pour essayer les autres conventions&#xa0;: la légende, l&apos;affichage des valeurs et le point rouge suivent. &lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt; utilise 1&#xa0;; &lt;tt&gt;torch.maximum(x, 0)&lt;/tt&gt; utilise ½.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="92"/>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="93"/>
        <source>The previous step (↑ or Page Up)</source>
        <translation>L&apos;étape précédente (↑ ou Page précédente)</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="94"/>
        <source>The next step (↓ or Page Down)</source>
        <translation>L&apos;étape suivante (↓ ou Page suivante)</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="95"/>
        <source>Previous lesson step</source>
        <translation>Étape précédente de la leçon</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="96"/>
        <source>Next lesson step</source>
        <translation>Étape suivante de la leçon</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/mainwindow.cpp" line="50"/>
        <source>ReLU Explorer</source>
        <translation>ReLU Explorer</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="74"/>
        <source>Some saved settings could not be used and were reset: %1</source>
        <translation>Certains réglages enregistrés étaient inutilisables et ont été réinitialisés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="107"/>
        <source>The session could not be saved to %1</source>
        <translation>Impossible d&apos;enregistrer la session dans %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="124"/>
        <location filename="../../app/mainwindow.cpp" line="134"/>
        <source>Open Lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="128"/>
        <source>Opened lesson %1</source>
        <translation>Leçon %1 ouverte</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="135"/>
        <source>ReLU Explorer lessons (*.relulesson *.json);;All files (*)</source>
        <translation>Leçons ReLU Explorer (*.relulesson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="144"/>
        <source>Save Lesson As</source>
        <translation>Enregistrer la leçon sous</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="145"/>
        <source>ReLU Explorer lessons (*.relulesson *.json)</source>
        <translation>Leçons ReLU Explorer (*.relulesson *.json)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="153"/>
        <source>Save Lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="155"/>
        <source>Saved lesson %1</source>
        <translation>Leçon %1 enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="169"/>
        <source>&amp;Open Lesson…</source>
        <translation>&amp;Ouvrir une leçon…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="171"/>
        <source>Open a lesson prepared in advance</source>
        <translation>Ouvrir une leçon préparée à l&apos;avance</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="172"/>
        <source>&amp;Save Lesson As…</source>
        <translation>&amp;Enregistrer la leçon sous…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="174"/>
        <source>Save everything on screen as a lesson file</source>
        <translation>Enregistrer tout ce qui est à l&apos;écran dans un fichier de leçon</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="176"/>
        <source>&amp;Export Figure…</source>
        <translation>E&amp;xporter la figure…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="177"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="178"/>
        <source>Save the figure as PNG, PDF or SVG</source>
        <translation>Enregistrer la figure en PNG, PDF ou SVG</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="186"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="189"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="190"/>
        <source>&amp;Copy Figure</source>
        <translation>&amp;Copier la figure</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="192"/>
        <source>Put the figure on the clipboard as an image</source>
        <translation>Copier la figure comme image dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="193"/>
        <source>Copy &amp;Values</source>
        <translation>Copier les &amp;valeurs</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="195"/>
        <source>Put the readout (x, f(x), f′(x)) on the clipboard as text</source>
        <translation>Copier les valeurs affichées (x, f(x), f′(x)) comme texte dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="196"/>
        <source>F&amp;unction</source>
        <translation>Fo&amp;nction</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="198"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="213"/>
        <source>&amp;Presentation</source>
        <translation>Pré&amp;sentation</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="216"/>
        <source>Full screen, large type for the back row (Esc leaves)</source>
        <translation>Plein écran, grands caractères pour le fond de la salle (Échap pour quitter)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="217"/>
        <source>Leave Presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="222"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="233"/>
        <source>&amp;Probe</source>
        <translation>P&amp;oint</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="234"/>
        <source>&amp;Convention</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="237"/>
        <source>&amp;Why a Convention?</source>
        <translation>&amp;Pourquoi une convention&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="238"/>
        <location filename="../../app/mainwindow.cpp" line="255"/>
        <source>Why a Convention?</source>
        <translation>Pourquoi une convention&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="240"/>
        <source>&amp;Secant</source>
        <translation>&amp;Sécante</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="243"/>
        <source>Why ½ at the Kink?</source>
        <translation>Pourquoi ½ au point anguleux&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="244"/>
        <location filename="../../app/mainwindow.cpp" line="258"/>
        <source>The Central Difference at a Kink</source>
        <translation>La différence centrée en un point anguleux</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="247"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="248"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Leçon</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="250"/>
        <source>The notebook&apos;s lesson, step by step (↓ next, ↑ back)</source>
        <translation>La leçon du notebook, étape par étape (↓ suivante, ↑ précédente)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="254"/>
        <source>Why a &amp;Convention at the Kink?</source>
        <translation>Pourquoi une &amp;convention au point anguleux&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="257"/>
        <source>Why the Central Difference Gives &amp;½</source>
        <translation>Pourquoi la différence centrée donne &amp;½</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="261"/>
        <source>&amp;About ReLU Explorer</source>
        <translation>À &amp;propos de ReLU Explorer</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="262"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="360"/>
        <location filename="../../app/mainwindow.cpp" line="451"/>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="364"/>
        <source>f′ at a kink:</source>
        <translation>f′ au point anguleux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="369"/>
        <source>What the app reports as f′ where it does not exist. Frameworks must pick a value; Convention ▸ Why a Convention? explains. (C cycles.)</source>
        <translation>Ce que l&apos;application affiche pour f′ là où elle n&apos;existe pas. Les frameworks doivent choisir une valeur&#xa0;; Convention ▸ Pourquoi une convention&#xa0;? explique pourquoi. (C pour changer.)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="372"/>
        <source>Convention at a kink</source>
        <translation>Convention au point anguleux</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="390"/>
        <source>one-sided  (f(x+h) − f(x)) / h</source>
        <translation>unilatérale  (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="391"/>
        <source>central  (f(x+h) − f(x−h)) / 2h</source>
        <translation>centrée  (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="392"/>
        <source>One-sided: the secant through x and x + h. Central: through x − h and x + h, which at a kink gives the average of both sides.</source>
        <translation>Unilatérale&#xa0;: la sécante passant par x et x + h. Centrée&#xa0;: passant par x − h et x + h, ce qui donne en un point anguleux la moyenne des deux côtés.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="394"/>
        <source>Kind of secant</source>
        <translation>Type de sécante</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="414"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="426"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="427"/>
        <source>Draw other functions faintly beside this one</source>
        <translation>Tracer d&apos;autres fonctions en pâle à côté de celle-ci</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="428"/>
        <source>Compare with other functions</source>
        <translation>Comparer avec d&apos;autres fonctions</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="442"/>
        <source>Values Table</source>
        <translation>Tableau de valeurs</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="457"/>
        <source>Next Lesson Step</source>
        <translation>Étape suivante de la leçon</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="459"/>
        <source>Previous Lesson Step</source>
        <translation>Étape précédente de la leçon</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="514"/>
        <source>At the kink: no unique tangent. Many lines fit through the corner, so f′ is undefined here; the convention picks one.</source>
        <translation>Au point anguleux&#xa0;: pas de tangente unique. De nombreuses droites passent par le coin, donc f′ n&apos;est pas définie ici&#xa0;; la convention en choisit une.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="517"/>
        <source>Your own f(x): its derivative is computed numerically, and its kinks are found automatically.</source>
        <translation>Votre propre f(x)&#xa0;: sa dérivée est calculée numériquement et ses points anguleux sont trouvés automatiquement.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="520"/>
        <source>Shrink h with [ or H and watch the secant&apos;s slope approach the tangent&apos;s.</source>
        <translation>Réduisez h avec [ ou H et observez la pente de la sécante tendre vers celle de la tangente.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="522"/>
        <source>Drag the point along the curve (or use ← →). Drag elsewhere to pan, scroll to zoom, double-click or R to reset.</source>
        <translation>Faites glisser le point le long de la courbe (ou utilisez ← →). Glissez ailleurs pour déplacer la vue, la molette pour zoomer, double-clic ou R pour réinitialiser.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="535"/>
        <source>Exported %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="545"/>
        <source>Copied the figure</source>
        <translation>Figure copiée</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="552"/>
        <source>Copied x, f(x) and f′(x)</source>
        <translation>x, f(x) et f′(x) copiés</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="564"/>
        <source>&lt;h3&gt;ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;The derivative of ReLU, f(x) = max(0, x), made visible: drag a point along the curve to see its tangent and slope, and see why f′(0) needs a convention.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;La dérivée de ReLU, f(x) = max(0, x), rendue visible&#xa0;: faites glisser un point le long de la courbe pour voir sa tangente et sa pente, et comprenez pourquoi f′(0) a besoin d&apos;une convention.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="574"/>
        <source>About ReLU Explorer</source>
        <translation>À propos de ReLU Explorer</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../widgets/parameterpanel.cpp" line="80"/>
        <source>%1 slider</source>
        <translation>Curseur %1</translation>
    </message>
    <message>
        <location filename="../../widgets/parameterpanel.cpp" line="87"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <location filename="../../widgets/plotview.cpp" line="45"/>
        <source>Function plot</source>
        <translation>Graphe de la fonction</translation>
    </message>
    <message>
        <location filename="../../widgets/plotview.cpp" line="70"/>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <location filename="../../widgets/plotview.cpp" line="72"/>
        <location filename="../../widgets/plotview.cpp" line="343"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../widgets/plotview.cpp" line="73"/>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
</context>
<context>
    <name>ProbeReadout</name>
    <message>
        <location filename="../../core/probereadout.cpp" line="17"/>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="18"/>
        <source>f(x) = %1</source>
        <translation>f(x) = %1</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="25"/>
        <source>f′₋(%1) = %2</source>
        <translation>f′₋(%1) = %2</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="26"/>
        <source>f′₊(%1) = %2</source>
        <translation>f′₊(%1) = %2</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="28"/>
        <source>∂f(%1) = [%2, %3]</source>
        <translation>∂f(%1) = [%2, %3]</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="32"/>
        <source>no subgradient (the kink bends down)</source>
        <translation>pas de sous-gradient (coude vers le bas)</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="35"/>
        <source>f′(x) ≈ %1 (numerical)</source>
        <translation>f′(x) ≈ %1 (numérique)</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="37"/>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="38"/>
        <source>f′₋(x) = %1</source>
        <translation>f′₋(x) = %1</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="39"/>
        <source>f′₊(x) = %1</source>
        <translation>f′₊(x) = %1</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="44"/>
        <source>h = %1</source>
        <translation>h = %1</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="45"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="47"/>
        <source>(the average of both sides, not a slope of f)</source>
        <translation>(moyenne des deux côtés, pas une pente de f)</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <location filename="../../app/safewrite.cpp" line="19"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../app/safewrite.cpp" line="21"/>
        <source>the file would be larger than this system allows</source>
        <translation>le fichier dépasserait la taille permise par ce système</translation>
    </message>
</context>
<context>
    <name>SessionSnapshot</name>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="25"/>
        <source>expression: %1</source>
        <translation>expression&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="27"/>
        <source>function: %1</source>
        <translation>function&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="31"/>
        <source>compare: %1</source>
        <translation>compare&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="34"/>
        <source>probe: %1 is not a finite number</source>
        <translation>probe&#xa0;: %1 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="37"/>
        <source>h: %1 is not between ±%2 and ±%3</source>
        <translation>h&#xa0;: %1 n&apos;est pas compris entre ±%2 et ±%3</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="41"/>
        <source>view: the x range [%1, %2] cannot be shown: %3</source>
        <translation>view&#xa0;: la plage x [%1, %2] ne peut pas être affichée&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="44"/>
        <source>view: the y range [%1, %2] cannot be shown: %3</source>
        <translation>view&#xa0;: la plage y [%1, %2] ne peut pas être affichée&#xa0;: %3</translation>
    </message>
    <message>
        <source>view: the x range [%1, %2] cannot be shown</source>
        <translation type="vanished">view&#xa0;: la plage de x [%1, %2] ne peut pas être affichée</translation>
    </message>
    <message>
        <source>view: the y range [%1, %2] cannot be shown</source>
        <translation type="vanished">view&#xa0;: la plage de y [%1, %2] ne peut pas être affichée</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="47"/>
        <source>samples: from %1 to %2 in steps of %3 is not a grid of at most %4 points</source>
        <translation>samples&#xa0;: de %1 à %2 par pas de %3 ne forme pas une grille d&apos;au plus %4 points</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.cpp" line="105"/>
        <source>%1: the saved value is not usable</source>
        <translation>%1&#xa0;: la valeur enregistrée est inutilisable</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="129"/>
        <source>the settings file &apos;%1&apos; %2, so it was moved to &apos;%3&apos; and the defaults are used</source>
        <translation>le fichier de réglages «&#xa0;%1&#xa0;» %2, il a donc été déplacé vers «&#xa0;%3&#xa0;» et les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="132"/>
        <source>the settings file &apos;%1&apos; %2; the defaults are used</source>
        <translation>le fichier de réglages «&#xa0;%1&#xa0;» %2&#xa0;; les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="152"/>
        <source>is %1 bytes, more than a settings file&apos;s %2</source>
        <translation>fait %1 octets, plus que les %2 d&apos;un fichier de réglages</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="155"/>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="160"/>
        <source>is not text</source>
        <translation>n&apos;est pas du texte</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="178"/>
        <source>the settings file &apos;%1&apos; is damaged; what could not be read uses defaults</source>
        <translation>le fichier de réglages «&#xa0;%1&#xa0;» est endommagé&#xa0;; ce qui n&apos;a pas pu être lu prend sa valeur par défaut</translation>
    </message>
</context>
<context>
    <name>StepControl</name>
    <message>
        <location filename="../../widgets/stepcontrol.cpp" line="17"/>
        <source>h =</source>
        <translation>h =</translation>
    </message>
    <message>
        <location filename="../../widgets/stepcontrol.cpp" line="22"/>
        <source>The secant&apos;s step h: right of the middle h &gt; 0, left h &lt; 0; from ±10⁻⁶ in the middle to ±2 at the ends</source>
        <translation>Le pas h de la sécante&#xa0;: à droite du milieu h &gt; 0, à gauche h &lt; 0&#xa0;; de ±10⁻⁶ au milieu à ±2 aux extrémités</translation>
    </message>
    <message>
        <location filename="../../widgets/stepcontrol.cpp" line="24"/>
        <source>Step h slider</source>
        <translation>Curseur du pas h</translation>
    </message>
    <message>
        <location filename="../../widgets/stepcontrol.cpp" line="25"/>
        <source>The secant&apos;s step h, from ±0.000001 to ±2. The arrows halve or double it.</source>
        <translation>Le pas h de la sécante, de ±0.000001 à ±2. Les flèches le divisent par deux ou le doublent.</translation>
    </message>
    <message>
        <location filename="../../widgets/stepcontrol.cpp" line="27"/>
        <source>Step h</source>
        <translation>Pas h</translation>
    </message>
</context>
<context>
    <name>ThemeSwitcher</name>
    <message>
        <location filename="../../app/themeswitcher.cpp" line="28"/>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../app/themeswitcher.cpp" line="29"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../app/themeswitcher.cpp" line="30"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../../app/themeswitcher.cpp" line="34"/>
        <source>Colours of the plots; blue, green and red keep their meaning</source>
        <translation>Couleurs des graphiques&#xa0;; le bleu, le vert et le rouge gardent leur sens</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <location filename="../../core/valuetable.cpp" line="16"/>
        <source>--from, --to and --step must be finite numbers</source>
        <translation>--from, --to et --step doivent être des nombres finis</translation>
    </message>
    <message>
        <location filename="../../core/valuetable.cpp" line="18"/>
        <source>--from (%1) is greater than --to (%2)</source>
        <translation>--from (%1) est supérieur à --to (%2)</translation>
    </message>
    <message>
        <location filename="../../core/valuetable.cpp" line="21"/>
        <source>--step must be greater than 0, got %1</source>
        <translation>--step doit être supérieur à 0, reçu %1</translation>
    </message>
    <message>
        <location filename="../../core/valuetable.cpp" line="28"/>
        <source>the table would have more than %1 rows; use a larger --step</source>
        <translation>le tableau aurait plus de %1 lignes&#xa0;; utilisez un --step plus grand</translation>
    </message>
</context>
<context>
    <name>ValuesTable</name>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="20"/>
        <source>Show the sample points on the curve</source>
        <translation>Afficher les points d&apos;échantillonnage sur la courbe</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="31"/>
        <source>The first sample x (numpy: arange&apos;s start)</source>
        <translation>Le premier x échantillonné (numpy&#xa0;: start de arange)</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="32"/>
        <source>The last sample x, included</source>
        <translation>Le dernier x échantillonné, inclus</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="33"/>
        <source>The distance between samples</source>
        <translation>L&apos;écart entre les points d&apos;échantillonnage</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="34"/>
        <source>Samples from</source>
        <translation>Points d&apos;échantillonnage de</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="35"/>
        <source>Samples to</source>
        <translation>Points d&apos;échantillonnage jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="36"/>
        <source>Samples step</source>
        <translation>Pas des points d&apos;échantillonnage</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="37"/>
        <source>Draw markers at the sample points, like the notebook&apos;s &apos;o-&apos; figure (P)</source>
        <translation>Dessiner des marqueurs aux points d&apos;échantillonnage, comme dans la figure &apos;o-&apos; du notebook (P)</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="46"/>
        <source>&amp;from</source>
        <translation>d&amp;e</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="47"/>
        <source>t&amp;o</source>
        <translation>&amp;jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="48"/>
        <source>ste&amp;p</source>
        <translation>&amp;pas</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="56"/>
        <source>Values table</source>
        <translation>Tableau de valeurs</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="57"/>
        <source>Click a row to move the probe there</source>
        <translation>Cliquez sur une ligne pour y amener le point mobile</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="97"/>
        <source>from must not pass to, and at most %1 points</source>
        <translation>«&#xa0;de&#xa0;» ne doit pas dépasser «&#xa0;jusqu&apos;à&#xa0;», et au plus %1 points</translation>
    </message>
</context>
<context>
    <name>ValuesTableModel</name>
    <message>
        <location filename="../../widgets/valuestablemodel.cpp" line="77"/>
        <source>undefined</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestablemodel.cpp" line="86"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestablemodel.cpp" line="87"/>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestablemodel.cpp" line="88"/>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestablemodel.cpp" line="89"/>
        <source>f′₋(x)</source>
        <translation>f′₋(x)</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestablemodel.cpp" line="90"/>
        <source>f′₊(x)</source>
        <translation>f′₊(x)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="76"/>
        <source>could not write the table to standard output</source>
        <translation>impossible d&apos;écrire le tableau sur la sortie standard</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="92"/>
        <source>the settings file &apos;%1&apos; %2; the figure uses the defaults</source>
        <translation>le fichier de réglages «&#xa0;%1&#xa0;» %2&#xa0;; la figure utilise les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="99"/>
        <source>some settings could not be used and were reset: %1</source>
        <translation>certains réglages étaient inutilisables et ont été réinitialisés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="149"/>
        <source>no display found. Render without a window with &apos;relu-explorer --export figure.png&apos;, or start the window under a virtual display with &apos;xvfb-run relu-explorer&apos;.</source>
        <translation>aucun affichage trouvé. Faites le rendu sans fenêtre avec «&#xa0;relu-explorer --export figure.png&#xa0;», ou lancez la fenêtre dans un affichage virtuel avec «&#xa0;xvfb-run relu-explorer&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="185"/>
        <source> (see relu-explorer --help)</source>
        <translation> (voir relu-explorer --help)</translation>
    </message>
</context>
</TS>
