<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivationCatalog</name>
    <message>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <source>min_val (%1) must be less than max_val (%2)</source>
        <translation>min_val (%1) doit être inférieur à max_val (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n parameter(s)</source>
        <translation>
            <numerusform>%1 prend %n paramètre</numerusform>
            <numerusform>%1 prend %n paramètres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 must be one of %3</source>
        <translation>%1 de %2 doit prendre l&apos;une des valeurs %3</translation>
    </message>
    <message>
        <source>%1=%2 is out of range for %3: use %4 to %5</source>
        <translation>%1=%2 est hors limites pour %3&#xa0;: utilisez une valeur de %4 à %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;; choose one of %2</source>
        <translation>fonction «&#xa0;%1&#xa0;» inconnue&#xa0;; choisissez parmi %2</translation>
    </message>
    <message>
        <source>%1 takes no parameters, got &apos;%2&apos;</source>
        <translation>%1 ne prend aucun paramètre, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for %2; it takes %3</source>
        <translation>paramètre «&#xa0;%1&#xa0;» inconnu pour %2&#xa0;; paramètres acceptés&#xa0;: %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; of %2 needs a value, as in %1=%3</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» de %2 doit avoir une valeur, par exemple %1=%3</translation>
    </message>
    <message>
        <source>%1 of %2 must be one of %3, got &apos;%4&apos;</source>
        <translation>%1 de %2 doit prendre l&apos;une des valeurs %3, reçu «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of %2 expects a finite number, got &apos;%3&apos;</source>
        <translation>%1 de %2 attend un nombre fini, reçu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <source>%1=%2 (%3 to %4)</source>
        <translation>%1=%2 (%3 à %4)</translation>
    </message>
    <message>
        <source>%1  parameters: %2  kinks: %3</source>
        <translation>%1  paramètres&#xa0;: %2  points anguleux&#xa0;: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Rectified linear unit: 0 for x &lt; 0, x for x &gt; 0</source>
        <translation>Unité linéaire rectifiée&#xa0;: 0 pour x &lt; 0, x pour x &gt; 0</translation>
    </message>
    <message>
        <source>Like ReLU, with a small slope for x &lt; 0</source>
        <translation>Comme ReLU, avec une faible pente pour x &lt; 0</translation>
    </message>
    <message>
        <source>The slope for x &lt; 0</source>
        <translation>La pente pour x &lt; 0</translation>
    </message>
    <message>
        <source>ReLU capped at 6: min(max(0, x), 6)</source>
        <translation>ReLU plafonnée à 6&#xa0;: min(max(0, x), 6)</translation>
    </message>
    <message>
        <source>x clamped to [min_val, max_val]</source>
        <translation>x ramené dans [min_val, max_val]</translation>
    </message>
    <message>
        <source>The lower bound</source>
        <translation>La borne inférieure</translation>
    </message>
    <message>
        <source>The upper bound</source>
        <translation>La borne supérieure</translation>
    </message>
    <message>
        <source>Exponential linear unit: α(eˣ − 1) for x ≤ 0, x for x &gt; 0</source>
        <translation>Unité linéaire exponentielle&#xa0;: α(eˣ − 1) pour x ≤ 0, x pour x &gt; 0</translation>
    </message>
    <message>
        <source>The scale of the negative part, and its slope at 0</source>
        <translation>Le facteur d&apos;échelle de la partie négative, et sa pente en 0</translation>
    </message>
    <message>
        <source>Scaled ELU: λ·elu(x, α), λ ≈ 1.0507, α ≈ 1.6733</source>
        <translation>ELU mise à l&apos;échelle&#xa0;: λ·elu(x, α), λ ≈ 1.0507, α ≈ 1.6733</translation>
    </message>
    <message>
        <source>Continuously differentiable ELU: α(e^(x/α) − 1) for x ≤ 0</source>
        <translation>ELU continûment dérivable&#xa0;: α(e^(x/α) − 1) pour x ≤ 0</translation>
    </message>
    <message>
        <source>The scale of the negative part</source>
        <translation>Le facteur d&apos;échelle de la partie négative</translation>
    </message>
    <message>
        <source>none: x·Φ(x) with the normal CDF; tanh: PyTorch&apos;s tanh approximation</source>
        <translation>none&#xa0;: x·Φ(x) avec la fonction de répartition de la loi normale&#xa0;; tanh&#xa0;: l&apos;approximation par tanh de PyTorch</translation>
    </message>
    <message>
        <source>Gaussian error linear unit: x·Φ(x)</source>
        <translation>Unité linéaire à erreur gaussienne&#xa0;: x·Φ(x)</translation>
    </message>
    <message>
        <source>Sigmoid linear unit (swish): x·σ(x)</source>
        <translation>Unité linéaire sigmoïde (swish)&#xa0;: x·σ(x)</translation>
    </message>
    <message>
        <source>x·tanh(softplus(x))</source>
        <translation>x·tanh(softplus(x))</translation>
    </message>
    <message>
        <source>A smooth ReLU: ln(1 + e^(βx))/β, and x once βx &gt; threshold</source>
        <translation>Une ReLU lisse&#xa0;: ln(1 + e^(βx))/β, et x dès que βx &gt; threshold</translation>
    </message>
    <message>
        <source>The sharpness of the bend</source>
        <translation>La netteté du coude</translation>
    </message>
    <message>
        <source>Past βx &gt; threshold PyTorch returns x itself</source>
        <translation>Au-delà de βx &gt; threshold, PyTorch renvoie x lui-même</translation>
    </message>
    <message>
        <source>The logistic function σ(x) = 1/(1 + e⁻ˣ)</source>
        <translation>La fonction logistique σ(x) = 1/(1 + e⁻ˣ)</translation>
    </message>
    <message>
        <source>The hyperbolic tangent</source>
        <translation>La tangente hyperbolique</translation>
    </message>
    <message>
        <source>A piecewise linear sigmoid: min(max(x + 3, 0), 6)/6</source>
        <translation>Une sigmoïde linéaire par morceaux&#xa0;: min(max(x + 3, 0), 6)/6</translation>
    </message>
    <message>
        <source>x·hardsigmoid(x): 0, then x(x + 3)/6, then x</source>
        <translation>x·hardsigmoid(x)&#xa0;: 0, puis x(x + 3)/6, puis x</translation>
    </message>
    <message>
        <source>x/(1 + |x|)</source>
        <translation>x/(1 + |x|)</translation>
    </message>
    <message>
        <source>ln σ(x) = −ln(1 + e⁻ˣ)</source>
        <translation>ln σ(x) = −ln(1 + e⁻ˣ)</translation>
    </message>
    <message>
        <source>The absolute value |x|</source>
        <translation>La valeur absolue |x|</translation>
    </message>
    <message>
        <source>  jumps: %1</source>
        <translation>  sauts&#xa0;: %1</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; of %2 is given twice</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» de %2 est donné deux fois</translation>
    </message>
</context>
<context>
    <name>AudioTracePlayer</name>
    <message>
        <source>Audio Tra&amp;ce</source>
        <translation>T&amp;race audio</translation>
    </message>
    <message>
        <source>Hear the function: x sweeps the view from left to right in %1 seconds, the pitch is y (%2 Hz at the bottom of the view, %3 Hz at its top), a click sounds at each kink or jump and noise below y = 0; then each move of the probe plays its point. Audio Trace again turns the audio off</source>
        <translation>Écouter la fonction&#xa0;: x balaie la vue de gauche à droite en %1 secondes, la hauteur du son est y (%2 Hz en bas de la vue, %3 Hz en haut), un clic retentit à chaque point anguleux ou saut et un bruit sous y = 0&#xa0;; ensuite chaque déplacement du point joue sa valeur. Trace audio, de nouveau, coupe le son</translation>
    </message>
    <message>
        <source>A&amp;udio Trace of f′ Too</source>
        <translation>Trace audio de &amp;f′ aussi</translation>
    </message>
    <message>
        <source>A second, reedier tone plays f′ on the same pitch scale, so ReLU&apos;s jump from 0 to 1 at the kink is heard</source>
        <translation>Un second son, plus nasillard, joue f′ sur la même échelle de hauteur&#xa0;: on entend le saut de ReLU′ de 0 à 1 au point anguleux</translation>
    </message>
    <message>
        <source>The audio trace plays f′ too, as a second, reedier tone</source>
        <translation>La trace audio joue aussi f′, par un second son plus nasillard</translation>
    </message>
    <message>
        <source>The audio trace plays f alone</source>
        <translation>La trace audio ne joue que f</translation>
    </message>
    <message>
        <source>Stop t&amp;he Audio Trace</source>
        <translation>&amp;Arrêter la trace audio</translation>
    </message>
    <message>
        <source>Stop the audio trace and turn the audio off</source>
        <translation>Arrêter la trace audio et couper le son</translation>
    </message>
    <message>
        <source>Audio off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Audio trace: x from %1 to %2, left to right; the pitch is y, %3 Hz at y = %4, %5 Hz at y = %6; a click at each kink or jump, noise below y = 0. View ▸ Audio Trace again turns the audio off</source>
        <translation>Trace audio&#xa0;: x de %1 à %2, de gauche à droite&#xa0;; la hauteur du son est y, %3 Hz pour y = %4, %5 Hz pour y = %6&#xa0;; un clic à chaque point anguleux ou saut, un bruit sous y = 0. Affichage ▸ Trace audio, de nouveau, coupe le son</translation>
    </message>
    <message>
        <source>Audio trace played: each move of the probe now plays its point; View ▸ Audio Trace turns the audio off</source>
        <translation>Trace audio jouée&#xa0;: chaque déplacement du point joue maintenant sa valeur&#xa0;; Affichage ▸ Trace audio coupe le son</translation>
    </message>
    <message>
        <source>No sound output found: the audio trace cannot play here</source>
        <translation>Aucune sortie son trouvée&#xa0;: la trace audio ne peut pas être jouée ici</translation>
    </message>
    <message>
        <source>The sound output “%1” plays no 16-bit stereo: the audio trace cannot play</source>
        <translation>La sortie son «&#xa0;%1&#xa0;» ne joue pas de stéréo 16 bits&#xa0;: la trace audio ne peut pas être jouée</translation>
    </message>
    <message>
        <source>The sound output “%1” did not start: the audio trace cannot play</source>
        <translation>La sortie son «&#xa0;%1&#xa0;» n’a pas démarré&#xa0;: la trace audio ne peut pas être jouée</translation>
    </message>
</context>
<context>
    <name>AutogradExample</name>
    <message>
        <source>ReLU as torch.relu writes it: autograd returns 0 at the kink.</source>
        <translation>ReLU telle que l’écrit torch.relu&#xa0;: autograd renvoie 0 au point anguleux.</translation>
    </message>
    <message>
        <source>The same ReLU as a maximum: at 0 the two arguments tie, and PyTorch and JAX split the gradient, ½ each, while TensorFlow gives it all to x.</source>
        <translation>La même ReLU comme maximum&#xa0;: en 0 les deux arguments sont égaux, PyTorch et JAX partagent le gradient, ½ chacun, tandis que TensorFlow le donne entier à x.</translation>
    </message>
    <message>
        <source>The same ReLU as x times a comparison, which has no gradient: 0 at 0, and TensorFlow.js cannot differentiate it at all.</source>
        <translation>La même ReLU comme x fois une comparaison, qui n’a pas de gradient&#xa0;: 0 en 0, et TensorFlow.js ne peut pas la dériver du tout.</translation>
    </message>
    <message>
        <source>This is just x, whose derivative is 1 everywhere, yet every framework returns 0 at 0: a spurious derivative.</source>
        <translation>C’est simplement x, de dérivée 1 partout, pourtant chaque framework renvoie 0 en 0&#xa0;: une dérivée fausse.</translation>
    </message>
    <message>
        <source>This is |x|, and autograd returns NaN at 0: the chain rule multiplies sqrt&apos;s infinite slope by the 0 of x*x.</source>
        <translation>C’est |x|, et autograd renvoie NaN en 0&#xa0;: la règle de dérivation en chaîne multiplie la pente infinie de sqrt par le 0 de x*x.</translation>
    </message>
    <message>
        <source>The same ReLU as a choice: PyTorch, TensorFlow and JAX follow the branch taken, the constant 0, so 0 at 0; TensorFlow.js cannot differentiate the comparison.</source>
        <translation>La même ReLU comme choix&#xa0;: PyTorch, TensorFlow et JAX suivent la branche prise, la constante 0, donc 0 en 0&#xa0;; TensorFlow.js ne peut pas dériver la comparaison.</translation>
    </message>
    <message>
        <source>ReLU again, for every x up to 1e308, as a clamp: PyTorch passes the gradient at a bound, so it returns 1 at 0 (in float64; in float32 it refuses the bound 1e308).</source>
        <translation>Encore ReLU, pour tout x jusqu’à 1e308, comme clamp&#xa0;: PyTorch transmet le gradient à une borne, et renvoie donc 1 en 0 (en float64&#xa0;; en float32 il refuse la borne 1e308).</translation>
    </message>
    <message>
        <source>This is 0 for every x up to 1e308, yet PyTorch returns 1 at 0 (in float64): clamp&apos;s 1 minus relu&apos;s 0.</source>
        <translation>C’est 0 pour tout x jusqu’à 1e308, pourtant PyTorch renvoie 1 en 0 (en float64)&#xa0;: le 1 de clamp moins le 0 de relu.</translation>
    </message>
    <message>
        <source>A leaky ReLU with slope 0.25, written as Keras writes PReLU: autograd returns 0 at 0, not the 0.25 that PyTorch&apos;s leaky_relu returns.</source>
        <translation>Une leaky ReLU de pente 0,25, écrite comme Keras écrit PReLU&#xa0;: autograd renvoie 0 en 0, et non le 0,25 que renvoie le leaky_relu de PyTorch.</translation>
    </message>
</context>
<context>
    <name>Breakpoint</name>
    <message>
        <source>f′(%1)</source>
        <translation>f′(%1)</translation>
    </message>
    <message>
        <source>kink</source>
        <translation>point anguleux</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>saut</translation>
    </message>
    <message>
        <source>hole</source>
        <translation>trou</translation>
    </message>
    <message>
        <source>point off the curve</source>
        <translation>point hors de la courbe</translation>
    </message>
    <message>
        <source>vertical tangent</source>
        <translation>tangente verticale</translation>
    </message>
    <message>
        <source>cusp</source>
        <translation>point de rebroussement</translation>
    </message>
    <message>
        <source>vertical tangent on one side</source>
        <translation>tangente verticale d&apos;un côté</translation>
    </message>
    <message>
        <source>oscillation</source>
        <translation>oscillation</translation>
    </message>
    <message>
        <source>pole</source>
        <translation>pôle</translation>
    </message>
    <message>
        <source>end of the domain</source>
        <translation>bord du domaine de définition</translation>
    </message>
    <message>
        <source>point of unknown kind</source>
        <translation>point de nature inconnue</translation>
    </message>
    <message>
        <source>%1 at %2: %3 does not exist</source>
        <translation>%1 en %2&#xa0;: %3 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2</source>
        <translation>%1 non définie, fixée à %2</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2 (left side)</source>
        <translation>%1 non définie, fixée à %2 (côté gauche)</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2 (right side)</source>
        <translation>%1 non définie, fixée à %2 (côté droit)</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2 (average)</source>
        <translation>%1 non définie, fixée à %2 (moyenne)</translation>
    </message>
    <message>
        <source>%1 undefined</source>
        <translation>%1 non définie</translation>
    </message>
    <message numerus="yes">
        <source>more than %n breakpoints</source>
        <translation>
            <numerusform>plus de %n point singulier</numerusform>
            <numerusform>plus de %n points singuliers</numerusform>
        </translation>
    </message>
    <message>
        <source>no breakpoints</source>
        <translation>aucun point singulier</translation>
    </message>
    <message numerus="yes">
        <source>%n kink(s)</source>
        <translation>
            <numerusform>%n point anguleux</numerusform>
            <numerusform>%n points anguleux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jump(s)</source>
        <translation>
            <numerusform>%n saut</numerusform>
            <numerusform>%n sauts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hole(s) or point(s) off the curve</source>
        <translation>
            <numerusform>%n trou ou point hors de la courbe</numerusform>
            <numerusform>%n trous ou points hors de la courbe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cusp(s) or vertical tangent(s)</source>
        <translation>
            <numerusform>%n point de rebroussement ou tangente verticale</numerusform>
            <numerusform>%n points de rebroussement ou tangentes verticales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oscillation(s)</source>
        <translation>
            <numerusform>%n oscillation</numerusform>
            <numerusform>%n oscillations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pole(s)</source>
        <translation>
            <numerusform>%n pôle</numerusform>
            <numerusform>%n pôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end(s) of the domain</source>
        <translation>
            <numerusform>%n bord du domaine de définition</numerusform>
            <numerusform>%n bords du domaine de définition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of unknown kind</source>
        <translation>
            <numerusform>%n point de nature inconnue</numerusform>
            <numerusform>%n points de nature inconnue</numerusform>
        </translation>
    </message>
    <message>
        <source>At the kink: no unique tangent. Many lines fit through the corner, so f′ is undefined here; the convention picks one.</source>
        <translation>Au point anguleux&#xa0;: pas de tangente unique. De nombreuses droites passent par le coin, donc f′ n&apos;est pas définie ici&#xa0;; la convention en choisit une.</translation>
    </message>
    <message>
        <source>At a jump: f has different limits on each side, so no tangent exists and f′ is undefined; on a side whose limit is not f(x), the difference quotient runs off to ∞.</source>
        <translation>En un saut&#xa0;: f a des limites différentes de chaque côté, donc il n&apos;y a pas de tangente et f′ n&apos;est pas définie&#xa0;; du côté où la limite n&apos;est pas f(x), le taux d&apos;accroissement tend vers ∞.</translation>
    </message>
    <message>
        <source>At a hole: f approaches the same value from both sides, but f(x) is undefined or different, so f′ does not exist here.</source>
        <translation>En un trou&#xa0;: f tend vers la même valeur des deux côtés, mais f(x) n&apos;est pas défini ou vaut autre chose, donc f′ n&apos;existe pas ici.</translation>
    </message>
    <message>
        <source>Here the slope grows without bound: the tangent is vertical, so f′ is not a number.</source>
        <translation>Ici, la pente croît sans borne&#xa0;: la tangente est verticale, donc f′ n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Here f, or its difference quotient, keeps oscillating as x approaches the point: no limit, so no derivative.</source>
        <translation>Ici, f ou son taux d&apos;accroissement ne cesse d&apos;osciller quand x s&apos;approche du point&#xa0;: pas de limite, donc pas de dérivée.</translation>
    </message>
    <message>
        <source>At a pole: f runs off to infinity, and is undefined at the point itself.</source>
        <translation>En un pôle&#xa0;: f tend vers l&apos;infini et n&apos;est pas définie au point lui-même.</translation>
    </message>
    <message>
        <source>At the end of f&apos;s domain: f has no values on one side, so only a one-sided derivative can exist.</source>
        <translation>Au bord du domaine de définition de f&#xa0;: f n&apos;a pas de valeurs d&apos;un côté, donc seule une dérivée d&apos;un seul côté peut exister.</translation>
    </message>
    <message>
        <source>The formula&apos;s expansions cannot tell what f does here; the app does not guess.</source>
        <translation>Les développements de la formule ne disent pas ce que fait f ici&#xa0;; l&apos;application ne devine pas.</translation>
    </message>
    <message>
        <source>%1 undefined; %2</source>
        <translation>%1 non définie&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2 (%3)</source>
        <translation>%1 non définie, fixée à %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Render the view to FILE (.png, .pdf or .svg) and exit.</source>
        <translation>Enregistrer la vue dans FICHIER (.png, .pdf ou .svg) et quitter.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Size of the exported figure in pixels (default 700x700).</source>
        <translation>Taille de la figure exportée en pixels (par défaut 700x700).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Put the probe at x = X (default 2).</source>
        <translation>Placer le point mobile en x = X (par défaut 2).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Step between the x of --table (default 1).</source>
        <translation>Pas entre les x de --table (par défaut 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The function: NAME or NAME:param=value,... such as leaky_relu:negative_slope=0.2 (see --list-functions; default relu).</source>
        <translation>La fonction&#xa0;: NOM ou NOM:param=valeur,... par exemple leaky_relu:negative_slope=0.2 (voir --list-functions&#xa0;; par défaut relu).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>FONCTION</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>SPEC,...</source>
        <translation>FONCTION,...</translation>
    </message>
    <message>
        <source>List the built-in functions with their parameters and kinks.</source>
        <translation>Lister les fonctions intégrées avec leurs paramètres et points anguleux.</translation>
    </message>
    <message>
        <source>Explicit x values for --table, instead of --from/--to/--step.</source>
        <translation>Valeurs de x explicites pour --table, au lieu de --from/--to/--step.</translation>
    </message>
    <message>
        <source>X,...</source>
        <translation>X,...</translation>
    </message>
    <message>
        <source>Presentation mode: full screen and large type; with --export, a figure for slides.</source>
        <translation>Mode présentation&#xa0;: plein écran et grands caractères&#xa0;; avec --export, une figure pour diapositives.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THÈME</translation>
    </message>
    <message>
        <source>The language of the window and figures: en, de or fr (default: the system&apos;s).</source>
        <translation>Langue de la fenêtre et des figures&#xa0;: en, de ou fr (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Use this settings file instead of your own; with --export, render the session it holds.</source>
        <translation>Utiliser ce fichier de réglages au lieu du vôtre&#xa0;; avec --export, dessiner la session qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>ReLU Explorer: drag a point along f(x) = max(0, x), or another activation, and see its slope, its kinks, and what programs choose for f′ there.
Without options it opens the window. --export and --table need no display.</source>
        <translation>ReLU Explorer&#xa0;: faites glisser un point le long de f(x) = max(0, x), ou d&apos;une autre fonction d&apos;activation, et voyez sa pente, ses points anguleux et ce que les programmes y choisissent pour f′.
Sans option, la fenêtre s&apos;ouvre. --export et --table n&apos;ont pas besoin d&apos;affichage graphique.</translation>
    </message>
    <message>
        <source>A lesson file to open (saved with File ▸ Save Lesson As).</source>
        <translation>Un fichier de leçon à ouvrir (enregistré avec Fichier ▸ Enregistrer la leçon sous).</translation>
    </message>
    <message>
        <source>[lesson.json]</source>
        <translation>[lesson.json]</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 attend un nombre, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 must be a finite number, got &apos;%2&apos;</source>
        <translation>--%1 doit être un nombre fini, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; give at most one lesson file</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»&#xa0;; indiquez au plus un fichier de leçon</translation>
    </message>
    <message>
        <source>--function and --expression cannot be combined; give one of them</source>
        <translation>--function et --expression ne peuvent pas être combinées&#xa0;; indiquez l&apos;une des deux</translation>
    </message>
    <message>
        <source>--function: %1</source>
        <translation>--function&#xa0;: %1</translation>
    </message>
    <message>
        <source>--expression: %1 (at character %2)</source>
        <translation>--expression&#xa0;: %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>--expression: %1</source>
        <translation>--expression&#xa0;: %1</translation>
    </message>
    <message>
        <source>--compare: %1</source>
        <translation>--compare&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 only applies to --table</source>
        <translation>--%1 ne s&apos;applique qu&apos;à --table</translation>
    </message>
    <message>
        <source>--size only applies to --export</source>
        <translation>--size ne s&apos;applique qu&apos;à --export</translation>
    </message>
    <message>
        <source>unknown --convention &apos;%1&apos;; use one of %2</source>
        <translation>valeur inconnue pour --convention&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>--settings needs a file, got &apos;%1&apos;</source>
        <translation>--settings attend un fichier, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--settings: the directory &apos;%1&apos; does not exist</source>
        <translation>--settings&#xa0;: le dossier «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>--settings applies to the window and --export, not to --table</source>
        <translation>--settings s&apos;applique à la fenêtre et à --export, pas à --table</translation>
    </message>
    <message>
        <source>unknown --lang &apos;%1&apos;; use one of %2</source>
        <translation>valeur inconnue pour --lang&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>--presentation and --theme apply to the figure, not to --table</source>
        <translation>--presentation et --theme s&apos;appliquent à la figure, pas à --table</translation>
    </message>
    <message>
        <source>--compare applies to the figure, not to --table</source>
        <translation>--compare s&apos;applique à la figure, pas à --table</translation>
    </message>
    <message>
        <source>use either --at or --from/--to/--step, not both</source>
        <translation>utilisez soit --at, soit --from/--to/--step, pas les deux</translation>
    </message>
    <message>
        <source>--at has more than 10,000,000 values</source>
        <translation>--at a plus de 10&#xa0;000&#xa0;000 valeurs</translation>
    </message>
    <message>
        <source>--at expects numbers separated by commas, got &apos;%1&apos;</source>
        <translation>--at attend des nombres séparés par des virgules, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, such as 700x700, got &apos;%1&apos;</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, par exemple 700x700, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--size %1: each side must be between %2 and %3 pixels</source>
        <translation>--size %1&#xa0;: chaque côté doit mesurer entre %2 et %3 pixels</translation>
    </message>
    <message>
        <source>Print x, f(x), f′(x), f′₋(x), f′₊(x) and the kind of point (smooth, kink, jump, ...) as CSV and exit.</source>
        <translation>Afficher x, f(x), f′(x), f′₋(x), f′₊(x) et la nature du point (smooth, kink, jump, ...) au format CSV et quitter.</translation>
    </message>
    <message>
        <source>First x of --table (default -4) or of --list-kinks (default -1000).</source>
        <translation>Premier x de --table (par défaut -4) ou de --list-kinks (par défaut -1000).</translation>
    </message>
    <message>
        <source>Last x of --table (default 4) or of --list-kinks (default 1000).</source>
        <translation>Dernier x de --table (par défaut 4) ou de --list-kinks (par défaut 1000).</translation>
    </message>
    <message>
        <source>Print the breakpoints of the function in [--from, --to] as CSV: x, kind (kink, jump, removable, cusp, oscillation, pole, edge or unknown), f′₋ and f′₊.</source>
        <translation>Afficher les points singuliers de la fonction dans [--from, --to] au format CSV&#xa0;: x, nature (kink, jump, removable, cusp, oscillation, pole, edge ou unknown), f′₋ et f′₊.</translation>
    </message>
    <message>
        <source>Your own f(x) in muparser syntax, such as &quot;max(0, x)&quot;; its derivative and breakpoints come from the formula.</source>
        <translation>Votre propre f(x) en syntaxe muparser, par exemple &quot;max(0, x)&quot;&#xa0;; sa dérivée et ses points singuliers sont tirés de la formule.</translation>
    </message>
    <message>
        <source>--%1 only applies to --table and --list-kinks</source>
        <translation>--%1 ne s&apos;applique qu&apos;à --table et à --list-kinks</translation>
    </message>
    <message>
        <source>--from and --to: the range cannot be searched: %1</source>
        <translation>--from et --to&#xa0;: la plage ne peut pas être parcourue&#xa0;: %1</translation>
    </message>
    <message>
        <source>--step: %1</source>
        <translation>--step&#xa0;: %1</translation>
    </message>
    <message>
        <source>--from and --to: %1</source>
        <translation>--from et --to&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print the difference quotients at the probe&apos;s x from both sides as CSV: h, q_left = (f(x−h) − f(x))/(−h), q_right = (f(x+h) − f(x))/h and the central (f(x+h) − f(x−h))/2h, for h = 1, 1/2, 1/4, ..., 2⁻³⁰.</source>
        <translation>Afficher les taux d&apos;accroissement au point mobile, des deux côtés, au format CSV&#xa0;: h, q_left = (f(x−h) − f(x))/(−h), q_right = (f(x+h) − f(x))/h et le taux centré (f(x+h) − f(x−h))/2h, pour h = 1, 1/2, 1/4, ..., 2⁻³⁰.</translation>
    </message>
    <message>
        <source>--export, --table, --list-kinks and --quotients cannot be combined; run them one at a time</source>
        <translation>--export, --table, --list-kinks et --quotients ne peuvent pas être combinées&#xa0;; lancez-les l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>--%1 does not apply to --%2</source>
        <translation>--%1 ne s&apos;applique pas à --%2</translation>
    </message>
    <message>
        <source>--compare: at most %1 functions, not %2</source>
        <translation>--compare&#xa0;: au plus %1 fonctions, pas %2</translation>
    </message>
    <message>
        <source>--list-functions takes no other option but --lang, got &apos;%1&apos;</source>
        <translation>--list-functions n&apos;accepte aucune autre option que --lang, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--list-functions takes no lesson file</source>
        <translation>--list-functions n&apos;accepte pas de fichier de leçon</translation>
    </message>
    <message>
        <source>--probe applies to the figure, not to --table; give the x values with --at</source>
        <translation>--probe s&apos;applique à la figure, pas à --table&#xa0;; donnez les valeurs de x avec --at</translation>
    </message>
    <message>
        <source>Value reported for f′ at a kink: %1 (default pytorch; framework is the same).</source>
        <translation>Valeur donnée pour f′ en un point anguleux&#xa0;: %1 (par défaut pytorch&#xa0;; framework est le même).</translation>
    </message>
    <message>
        <source>A value for a parameter of --expression, such as a=0.5 for max(a*x, x) (each starts at 1); several as a=0.5,k=2.</source>
        <translation>Une valeur pour un paramètre de --expression, par exemple a=0.5 pour max(a*x, x) (chacun commence à 1)&amp;#xa0;; plusieurs sous la forme a=0.5,k=2.</translation>
    </message>
    <message>
        <source>NAME=VALUE,...</source>
        <translation>NOM=VALEUR,...</translation>
    </message>
    <message>
        <source>--parameter only applies to --expression</source>
        <translation>--parameter ne s’applique qu’à --expression</translation>
    </message>
    <message>
        <source>--parameter expects NAME=NUMBER, such as a=0.5, got &apos;%1&apos;</source>
        <translation>--parameter attend NOM=NOMBRE, par exemple a=0.5, reçu «&amp;#xa0;%1&amp;#xa0;»</translation>
    </message>
    <message>
        <source>--parameter: the expression has no parameters</source>
        <translation>--parameter&amp;#xa0;: l’expression n’a pas de paramètres</translation>
    </message>
    <message>
        <source>--parameter: the expression has no parameter &apos;%1&apos;; it has %2</source>
        <translation>--parameter&amp;#xa0;: l’expression n’a pas de paramètre «&amp;#xa0;%1&amp;#xa0;»&amp;#xa0;; elle a %2</translation>
    </message>
    <message>
        <source>--parameter: %1</source>
        <translation>--parameter&amp;#xa0;: %1</translation>
    </message>
    <message>
        <source>Colours: light, dark, high-contrast or system (default: the saved choice; light for --export).</source>
        <translation>Couleurs&#xa0;: light, dark, high-contrast ou system (par défaut&#xa0;: le choix enregistré&#xa0;; light pour --export).</translation>
    </message>
    <message>
        <source>unknown --theme &apos;%1&apos;; use light, dark, high-contrast or system</source>
        <translation>--theme «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez light, dark, high-contrast ou system</translation>
    </message>
    <message>
        <source>Draw these functions beside it, thinner and dashed, such as gelu,silu or your own formula in x, such as relu,x*(x&gt;0).</source>
        <translation>Tracer ces fonctions à côté, plus fines et en tirets, par exemple gelu,silu ou votre propre formule en x, par exemple relu,x*(x&gt;0).</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Find a function, an example or a command by typing its name (in presentation mode too)</source>
        <translation>Trouver une fonction, un exemple ou une commande en tapant son nom (en mode présentation aussi)</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Function, example or command…</source>
        <translation>Fonction, exemple ou commande…</translation>
    </message>
    <message>
        <source>Search functions, examples and commands</source>
        <translation>Rechercher des fonctions, des exemples et des commandes</translation>
    </message>
    <message>
        <source>No function, example or command has that name.</source>
        <translation>Aucune fonction, aucun exemple ni aucune commande ne porte ce nom.</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>example</source>
        <translation>exemple</translation>
    </message>
</context>
<context>
    <name>ComparedFunction</name>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (au caractère %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the free name %2, which a compared function cannot have: write its value instead</source>
        <translation>«&#xa0;%1&#xa0;» contient le nom libre %2, qu&apos;une fonction comparée ne peut pas avoir&#xa0;: écrivez sa valeur à la place</translation>
    </message>
</context>
<context>
    <name>ConventionNames</name>
    <message>
        <source>Left derivative</source>
        <translation>Dérivée à gauche</translation>
    </message>
    <message>
        <source>Right derivative</source>
        <translation>Dérivée à droite</translation>
    </message>
    <message>
        <source>Average of both sides</source>
        <translation>Moyenne des deux côtés</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Non définie</translation>
    </message>
</context>
<context>
    <name>DifferenceQuotient</name>
    <message>
        <source>(f(x+h) − f(x)) / h</source>
        <translation>(f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>(f(x+h) − f(x−h)) / 2h</source>
        <translation>(f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>q(±h)</source>
        <translation>q(±h)</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>&lt;h3&gt;Why the central difference says ½ at the kink&lt;/h3&gt;&lt;p&gt;The central difference (f(x+h) − f(x−h)) / 2h looks at both sides of x at once. Where f is smooth it approaches f′(x), and faster than a one-sided secant.&lt;/p&gt;&lt;p&gt;At ReLU&apos;s kink it is ½ for every h: it averages the slope 0 on the left with the slope 1 on the right. But a derivative needs the secant slopes to approach &lt;i&gt;one&lt;/i&gt; value from &lt;i&gt;both&lt;/i&gt; sides. Shrink h and watch: from the right the slope stays 1, from the left it stays 0. The two one-sided limits differ, so f′(0) does not exist, and ½ is only their average, one of the many lines through the corner, picked by the symmetry of the formula rather than by the function.&lt;/p&gt;&lt;p&gt;Numerical tools that differentiate with central differences report 0.5 at the kink for exactly this reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pourquoi le taux centré donne ½ au point anguleux&lt;/h3&gt;&lt;p&gt;La différence centrée (f(x+h) − f(x−h)) / 2h regarde les deux côtés de x à la fois. Là où f est lisse, elle tend vers f′(x), et plus vite qu&apos;une sécante d&apos;un seul côté.&lt;/p&gt;&lt;p&gt;Au point anguleux de ReLU, elle vaut ½ pour tout h&#xa0;: elle fait la moyenne de la pente 0 à gauche et de la pente 1 à droite. Or, pour qu&apos;il y ait une dérivée, les pentes des sécantes doivent tendre vers &lt;i&gt;une seule&lt;/i&gt; valeur des &lt;i&gt;deux&lt;/i&gt; côtés. Réduisez h et observez&#xa0;: à droite, la pente reste 1&#xa0;; à gauche, elle reste 0. La limite à gauche et la limite à droite diffèrent, donc f′(0) n&apos;existe pas, et ½ n&apos;est que leur moyenne&#xa0;: l&apos;une des nombreuses droites passant par le coin, choisie par la symétrie de la formule et non par la fonction.&lt;/p&gt;&lt;p&gt;C&apos;est exactement pour cette raison que les outils numériques qui dérivent par différences centrées renvoient 0.5 au point anguleux.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why do programs choose a value at the kink?&lt;/h3&gt;&lt;p&gt;At x = 0 ReLU has a corner. Coming from the left the slope is 0; coming from the right it is 1. Every line through the corner with a slope between 0 and 1 stays under the graph, so there is no single tangent, and f′(0) does not exist.&lt;/p&gt;&lt;p&gt;A neural network still needs a number there: backpropagation multiplies every gradient along the way. So each library decides, and they do not agree: at |x|&apos;s kink PyTorch and TensorFlow return 0, JAX returns 1 and TensorFlow.js −1; at leaky_relu&apos;s, JAX returns 1 where the others return the slope on the left; at relu6&apos;s kink at 6, TensorFlow.js returns 1 and the others 0. The &lt;i&gt;Convention&lt;/i&gt; menu shows each framework&apos;s value, with the version it was measured in or read from.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Does it matter?&lt;/b&gt; It is often said that it never does, because the kink is a single point. Measured, that is not true. Bertoin, Bolte, Gerchinovitz and Pauwels (NeurIPS 2021, “Numerical influence of ReLU′(0) on backpropagation”) trained the same networks with ReLU′(0) = 0 and = 1. The two differ only where a pre-activation is exactly 0.0, and low precision makes exact zeros common: on MNIST networks in float32, 2 % to 87 % of random initialisations were affected within one epoch, depending on depth and width; in float16 almost all were, in float64 none. A ResNet18 on CIFAR10 without batch normalisation trained to about 90 % with ReLU′(0) = 0 and failed to train with 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The same function, written differently, gets another derivative.&lt;/b&gt; In PyTorch 1.13 (Debian&apos;s python3-torch), measured at 0:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;torch.relu(x)&lt;/tt&gt;: 0&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt;: 1, because clamp passes the gradient wherever x ≥ min&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.maximum(x, torch.zeros_like(x))&lt;/tt&gt;: ½, because a tie splits the gradient between both inputs&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;All three compute the same values max(0, x). And &lt;tt&gt;relu(x) − relu(−x)&lt;/tt&gt; is just x, whose derivative is 1, yet every framework returns 0 at 0: a spurious derivative, which the readout names when you type such an expression.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pourquoi les programmes choisissent-ils une valeur au point anguleux&#xa0;?&lt;/h3&gt;&lt;p&gt;En x = 0, ReLU a un coin. Venant de la gauche, la pente vaut 0&#xa0;; venant de la droite, elle vaut 1. Toute droite passant par le coin avec une pente entre 0 et 1 reste sous le graphe&#xa0;: il n’y a donc pas de tangente unique, et f′(0) n’existe pas.&lt;/p&gt;&lt;p&gt;Un réseau de neurones a pourtant besoin d’un nombre à cet endroit&#xa0;: la rétropropagation multiplie chaque gradient en chemin. Chaque bibliothèque décide donc, et elles ne sont pas d’accord&#xa0;: au point anguleux de |x|, PyTorch et TensorFlow renvoient 0, JAX 1 et TensorFlow.js −1&#xa0;; pour leaky_relu, JAX renvoie 1 là où les autres renvoient la pente de gauche&#xa0;; au point anguleux de relu6 en 6, TensorFlow.js renvoie 1 et les autres 0. Le menu &lt;i&gt;Convention&lt;/i&gt; montre la valeur de chaque framework, avec la version où elle a été mesurée ou lue.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Est-ce que cela compte&#xa0;?&lt;/b&gt; On dit souvent que non, parce que le point anguleux est un seul point. Mesuré, c’est faux. Bertoin, Bolte, Gerchinovitz et Pauwels (NeurIPS 2021, «&#xa0;Numerical influence of ReLU′(0) on backpropagation&#xa0;») ont entraîné les mêmes réseaux avec ReLU′(0) = 0 et = 1. Les deux ne diffèrent que là où une pré-activation vaut exactement 0.0, et la basse précision rend les zéros exacts fréquents&#xa0;: sur des réseaux MNIST en float32, 2 % à 87 % des initialisations aléatoires étaient touchées en une époque, selon la profondeur et la largeur&#xa0;; en float16 presque toutes, en float64 aucune. Un ResNet18 sur CIFAR10 sans normalisation par lots atteignait environ 90 % avec ReLU′(0) = 0 et ne s’entraînait pas avec 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;La même fonction, écrite autrement, reçoit une autre dérivée.&lt;/b&gt; Dans PyTorch 1.13 (python3-torch de Debian), mesuré en 0&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;torch.relu(x)&lt;/tt&gt;&#xa0;: 0&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt;&#xa0;: 1, car clamp transmet le gradient partout où x ≥ min&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.maximum(x, torch.zeros_like(x))&lt;/tt&gt;&#xa0;: ½, car une égalité partage le gradient entre les deux entrées&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les trois calculent les mêmes valeurs max(0, x). Et &lt;tt&gt;relu(x) − relu(−x)&lt;/tt&gt; vaut simplement x, de dérivée 1, pourtant chaque framework renvoie 0 en 0&#xa0;: une dérivée fausse, que l’affichage nomme quand vous tapez une telle expression.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExplorerActions</name>
    <message>
        <source>&amp;Derivative Panel</source>
        <translation>Panneau de la &amp;dérivée</translation>
    </message>
    <message>
        <source>Show f′ in a panel under the function</source>
        <translation>Afficher f′ dans un panneau sous la fonction</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Réinitialiser la v&amp;ue</translation>
    </message>
    <message>
        <source>Back to the notebook&apos;s view: x from -4.4 to 4.4, y from -1 to 5 (or double-click the plot)</source>
        <translation>Revenir à la vue du notebook&#xa0;: x de -4.4 à 4.4, y de -1 à 5 (ou double-clic sur le graphique)</translation>
    </message>
    <message>
        <source>To the Left &amp;Edge</source>
        <translation>Au &amp;bord gauche</translation>
    </message>
    <message>
        <source>Move the probe to the left edge of the view</source>
        <translation>Amener le point mobile au bord gauche de la vue</translation>
    </message>
    <message>
        <source>To the Right E&amp;dge</source>
        <translation>Au b&amp;ord droit</translation>
    </message>
    <message>
        <source>Move the probe to the right edge of the view</source>
        <translation>Amener le point mobile au bord droit de la vue</translation>
    </message>
    <message>
        <source>Report f′ at a kink as: %1</source>
        <translation>Valeur de f′ en un point anguleux&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Next Convention</source>
        <translation>Convention &amp;suivante</translation>
    </message>
    <message>
        <source>Cycle through the conventions</source>
        <translation>Parcourir les conventions l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>Show &amp;Secant</source>
        <translation>Afficher la &amp;sécante</translation>
    </message>
    <message>
        <source>Draw the secant through the probe and a second point h away, and its slope</source>
        <translation>Tracer la sécante passant par le point mobile et un second point distant de h, avec sa pente</translation>
    </message>
    <message>
        <source>&amp;One-Sided: (f(x+h) − f(x)) / h</source>
        <translation>&amp;Unilatérale&#xa0;: (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>The secant through x and x + h</source>
        <translation>La sécante passant par x et x + h</translation>
    </message>
    <message>
        <source>&amp;Central: (f(x+h) − f(x−h)) / 2h</source>
        <translation>&amp;Centrée&#xa0;: (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>The secant through x − h and x + h; at a kink it averages both sides</source>
        <translation>La sécante passant par x − h et x + h&#xa0;; en un point anguleux, elle fait la moyenne des deux côtés</translation>
    </message>
    <message>
        <source>&amp;Halve h</source>
        <translation>&amp;Diviser h par deux</translation>
    </message>
    <message>
        <source>Bring the secant&apos;s second point twice as close</source>
        <translation>Rendre le second point de la sécante deux fois plus proche</translation>
    </message>
    <message>
        <source>&amp;Double h</source>
        <translation>Dou&amp;bler h</translation>
    </message>
    <message>
        <source>Move the secant&apos;s second point twice as far</source>
        <translation>Placer le second point de la sécante deux fois plus loin</translation>
    </message>
    <message>
        <source>&amp;Flip h to the Other Side</source>
        <translation>Passer h de l&apos;&amp;autre côté</translation>
    </message>
    <message>
        <source>Change the sign of h: look at the other side of x</source>
        <translation>Changer le signe de h&#xa0;: regarder l&apos;autre côté de x</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>Comparer &amp;avec</translation>
    </message>
    <message>
        <source>Your &amp;Own f(x)…</source>
        <translation>Votre &amp;propre f(x)…</translation>
    </message>
    <message>
        <source>Type your own function in the expression box</source>
        <translation>Saisir votre propre fonction dans le champ d&apos;expression</translation>
    </message>
    <message>
        <source>&amp;Clear Comparisons</source>
        <translation>&amp;Effacer les comparaisons</translation>
    </message>
    <message>
        <source>Draw the function alone again</source>
        <translation>Tracer de nouveau la fonction seule</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>&amp;Tout réinitialiser</translation>
    </message>
    <message>
        <source>Back to the first start: ReLU, the notebook&apos;s view, the probe at 2</source>
        <translation>Revenir au premier démarrage&#xa0;: ReLU, la vue du notebook, le point mobile en 2</translation>
    </message>
    <message>
        <source>&amp;Values Table</source>
        <translation>Ta&amp;bleau de valeurs</translation>
    </message>
    <message>
        <source>The notebook&apos;s table of x, f(x) and the derivatives at the sample points</source>
        <translation>Le tableau du notebook&#xa0;: x, f(x) et les dérivées aux points d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Markers at x = -4, -3, ..., 4, like the notebook&apos;s first figure</source>
        <translation>Marqueurs en x = -4, -3, ..., 4, comme dans la première figure du notebook</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Vers la &amp;gauche</translation>
    </message>
    <message>
        <source>Move the probe left by about 1/80 of the view</source>
        <translation>Déplacer le point mobile vers la gauche d&apos;environ 1/80 de la vue</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Vers la &amp;droite</translation>
    </message>
    <message>
        <source>Move the probe right by about 1/80 of the view</source>
        <translation>Déplacer le point mobile vers la droite d&apos;environ 1/80 de la vue</translation>
    </message>
    <message>
        <source>&amp;Nudge Left</source>
        <translation>Un pe&amp;u à gauche</translation>
    </message>
    <message>
        <source>Move the probe left by a tenth as much</source>
        <translation>Déplacer le point mobile vers la gauche d&apos;un dixième de cela</translation>
    </message>
    <message>
        <source>N&amp;udge Right</source>
        <translation>Un peu à d&amp;roite</translation>
    </message>
    <message>
        <source>Move the probe right by a tenth as much</source>
        <translation>Déplacer le point mobile vers la droite d&apos;un dixième de cela</translation>
    </message>
    <message>
        <source>&amp;Keep Halving h</source>
        <translation>Diviser h par deux en b&amp;oucle</translation>
    </message>
    <message>
        <source>Difference &amp;Quotient</source>
        <translation>Taux d&apos;a&amp;ccroissement</translation>
    </message>
    <message>
        <source>Show q(h) = (f(x+h) − f(x)) / h against h at the probe, for h on both sides of 0: its limits from the left and the right are f′₋ and f′₊</source>
        <translation>Afficher q(h) = (f(x+h) − f(x)) / h en fonction de h au point mobile, pour h des deux côtés de 0&#xa0;: ses limites à gauche et à droite sont f′₋ et f′₊</translation>
    </message>
    <message>
        <source>The quotient panel&apos;s h axis in decades, 10⁻⁶ to 2 on each side of 0, so that tiny h can be seen beside large ones</source>
        <translation>L&apos;axe des h du panneau des taux en décades, de 10⁻⁶ à 2 de chaque côté de 0, pour voir les h minuscules à côté des grands</translation>
    </message>
    <message>
        <source>Lo&amp;garithmic h Axis</source>
        <translation>Axe des h lo&amp;garithmique</translation>
    </message>
    <message>
        <source>&amp;Both Sides: q(−h) and q(+h)</source>
        <translation>Des deu&amp;x côtés&#xa0;: q(−h) et q(+h)</translation>
    </message>
    <message>
        <source>A secant to each side of x, through x − h and through x + h: their slopes tend to f′₋ and f′₊ as h shrinks</source>
        <translation>Une sécante de chaque côté de x, par x − h et par x + h&#xa0;: leurs pentes tendent vers f′₋ et f′₊ quand h diminue</translation>
    </message>
    <message>
        <source>Stop Halving h</source>
        <translation>Arrêter de diviser h</translation>
    </message>
    <message>
        <source>Stop the halving of h</source>
        <translation>Arrêter la division de h par deux</translation>
    </message>
    <message>
        <source>&amp;Zoom Into the Probe</source>
        <translation>&amp;Zoomer sur le point mobile</translation>
    </message>
    <message>
        <source>Zoom ×10 around the probe: a smooth curve straightens into its tangent, a kink stays a corner</source>
        <translation>Zoomer ×10 autour du point mobile&#xa0;: une courbe lisse devient sa tangente, un point anguleux reste un coin</translation>
    </message>
    <message>
        <source>Zoom &amp;Out of the Probe</source>
        <translation>Déz&amp;oomer autour du point mobile</translation>
    </message>
    <message>
        <source>Zoom out ×10 around the probe</source>
        <translation>Dézoomer ×10 autour du point mobile</translation>
    </message>
    <message>
        <source>To a &amp;Kink or Other Breakpoint</source>
        <translation>Vers un point &amp;anguleux ou un autre point singulier</translation>
    </message>
    <message>
        <source>Put the probe exactly on the nearest kink, jump or other point where f′ does not exist (again: the next one)</source>
        <translation>Placer le point mobile exactement sur le point anguleux, le saut ou l&apos;autre point le plus proche où f′ n&apos;existe pas (encore une fois&#xa0;: le suivant)</translation>
    </message>
    <message>
        <source>&amp;Equal Axis Scales (1:1)</source>
        <translation>Échelles égales (&amp;1:1)</translation>
    </message>
    <message>
        <source>A unit on y as long as a unit on x, so that a slope of 1 is drawn at 45°; the y range follows the x range</source>
        <translation>Une unité sur y aussi longue qu&apos;une unité sur x, pour qu&apos;une pente de 1 soit tracée à 45°&#xa0;; l&apos;intervalle des y suit celui des x</translation>
    </message>
    <message>
        <source>&amp;Mirror to −x</source>
        <translation>&amp;Miroir vers −x</translation>
    </message>
    <message>
        <source>Move the probe from x to −x: from the slope at 2 to the slope at −2 in one key</source>
        <translation>Déplacer le point mobile de x à −x&#xa0;: de la pente en 2 à la pente en −2 d&apos;une seule touche</translation>
    </message>
    <message>
        <source>Report f′ at a kink as %1&apos;s autograd does (%2)</source>
        <translation>Valeur de f′ en un point anguleux telle que la donne l’autograd de %1 (%2)</translation>
    </message>
    <message>
        <source>Compare &amp;Frameworks</source>
        <translation>Comparer les &amp;frameworks</translation>
    </message>
    <message>
        <source>Where frameworks disagree: what each framework&apos;s autograd returns at the probe&apos;s kink, as rings on the derivative panel and as a table</source>
        <translation>Où les frameworks divergent&#xa0;: ce que l’autograd de chaque framework renvoie au point anguleux où se trouve le point, en anneaux sur le panneau de la dérivée et en tableau</translation>
    </message>
    <message>
        <source>%1 has no kink, jump or other point where f′ does not exist: the probe stays</source>
        <translation>%1 n’a ni point anguleux, ni saut, ni autre point où f′ n’existe pas&#xa0;: le point reste</translation>
    </message>
    <message>
        <source>No kink, jump or other breakpoint found for %1: the probe stays</source>
        <translation>Aucun point anguleux, saut ou autre point singulier trouvé pour %1&#xa0;: le point reste</translation>
    </message>
    <message>
        <source>Their &amp;Values in the Readout</source>
        <translation>Leurs &amp;valeurs dans l’affichage</translation>
    </message>
    <message>
        <source>List each compared function&apos;s f and f′ at the probe</source>
        <translation>Afficher f et f′ de chaque fonction comparée au point</translation>
    </message>
    <message>
        <source>Your f(x)</source>
        <translation>Votre f(x)</translation>
    </message>
    <message>
        <source>Your f(x) (type one in the expression box first)</source>
        <translation>Votre f(x) (saisissez-en d&apos;abord une dans le champ d&apos;expression)</translation>
    </message>
    <message>
        <source>Your f(x) = %1</source>
        <translation>Votre f(x) = %1</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>&amp;Stylo</translation>
    </message>
    <message>
        <source>Draw on the plot with the mouse; the strokes follow the view and go into the exported figure</source>
        <translation>Dessiner sur le graphique à la souris&#xa0;; les traits suivent la vue et figurent dans l&apos;image exportée</translation>
    </message>
    <message>
        <source>C&amp;lear Pen</source>
        <translation>&amp;Effacer le stylo</translation>
    </message>
    <message>
        <source>Wipe the pen&apos;s strokes</source>
        <translation>Effacer les traits du stylo</translation>
    </message>
    <message>
        <source>Sample Po&amp;ints</source>
        <translation>Po&amp;ints d’échantillonnage</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Vers la &amp;gauche</translation>
    </message>
    <message>
        <source>Move the view left by a tenth of its width</source>
        <translation>Déplacer la vue vers la gauche d’un dixième de sa largeur</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Vers la &amp;droite</translation>
    </message>
    <message>
        <source>Move the view right by a tenth of its width</source>
        <translation>Déplacer la vue vers la droite d’un dixième de sa largeur</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move the view up by a tenth of its height</source>
        <translation>Déplacer la vue vers le haut d’un dixième de sa hauteur</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Move the view down by a tenth of its height</source>
        <translation>Déplacer la vue vers le bas d’un dixième de sa hauteur</translation>
    </message>
    <message>
        <source>P&amp;an</source>
        <translation>Déplacer la &amp;vue</translation>
    </message>
    <message>
        <source>Halve h on both sides of x again and again, and watch the two slopes; the view zooms in with h and keeps the zoom (View ▸ Reset View resets it). Esc, or this command again, stops.</source>
        <translation>Diviser h par deux des deux côtés de x, encore et encore, et observer les deux pentes&#xa0;; la vue zoome avec h et garde le zoom (Affichage ▸ Réinitialiser la vue la réinitialise). Échap, ou cette commande à nouveau, arrête.</translation>
    </message>
    <message>
        <source>Draw %1 beside the function, thinner and dashed</source>
        <translation>Tracer %1 à côté de la fonction, plus fine et en tirets</translation>
    </message>
    <message>
        <source>Draw the formula of the expression box beside the function, thinner and dashed, with its parameters at their values now</source>
        <translation>Tracer à côté de la fonction, plus fine et en tirets, la formule du champ d&apos;expression, avec les valeurs actuelles de ses paramètres</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <source>it is not finite</source>
        <translation>elle n&apos;est pas finie</translation>
    </message>
    <message>
        <source>it reaches past ±%1</source>
        <translation>elle dépasse ±%1</translation>
    </message>
    <message>
        <source>it runs backwards</source>
        <translation>elle est à l&apos;envers</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>it is narrower than %1</source>
        <translation>elle est plus étroite que %1</translation>
    </message>
    <message>
        <source>the function shown has no such parameter</source>
        <translation>la fonction affichée n’a pas ce paramètre</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Document PDF (vectoriel)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dessin SVG (vectoriel)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>PNG pixels per figure pixel: 2 × is sharp on high-resolution screens and slides</source>
        <translation>Pixels PNG par pixel de la figure&#xa0;: 2 × est net sur les écrans haute résolution et les diapositives</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf);;Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ExpressionActivation</name>
    <message>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <source>f(x) is not a real number anywhere from -10 to 10</source>
        <translation>f(x) n&apos;est un nombre réel nulle part entre -10 et 10</translation>
    </message>
    <message>
        <source>a comparison or switch in f is within rounding of its switch at many points, so where f switches cannot be told in double precision</source>
        <translation>une comparaison ou un interrupteur de f reste à un arrondi près de son point de bascule en de nombreux points : en double précision, on ne peut pas dire où f bascule</translation>
    </message>
    <message>
        <source>the breakpoints crowd too closely to find them all in time; %1 are listed</source>
        <translation>les points singuliers sont trop serrés pour les trouver tous à temps ; %1 sont listés</translation>
    </message>
    <message>
        <source>more than %1 breakpoints; the list stops there</source>
        <translation>plus de %1 points singuliers ; la liste s’arrête là</translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <source>f(x) =</source>
        <translation>f(x) =</translation>
    </message>
    <message>
        <source>your own, e.g. max(0, x) or x*(x&gt;0)</source>
        <translation>votre fonction, p. ex. max(0, x) ou x*(x&gt;0)</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Expression status</source>
        <translation>État de l&apos;expression</translation>
    </message>
    <message>
        <source> at character %1</source>
        <translation> au caractère %1</translation>
    </message>
    <message>
        <source>✗ %1%2</source>
        <translation>✗ %1%2</translation>
    </message>
    <message>
        <source>✓ f′ from the formula; %1 in [−1000, 1000]</source>
        <translation>✓ f′ d&apos;après la formule&#xa0;; %1 dans [−1000, 1000]</translation>
    </message>
    <message>
        <source>✓ f′ from the formula; in [−1000, 1000], %1</source>
        <translation>✓ f′ d’après la formule ; dans [−1000, 1000] : %1</translation>
    </message>
    <message>
        <source>Type f(x) with the variable x, in muparser syntax: + - * / ^, max, min, abs, exp, log, tanh, sigmoid, relu, comparisons such as (x&gt;0). The derivative is exact (automatic differentiation, not a difference quotient), and kinks, jumps and other breakpoints are found from the formula.</source>
        <translation>Tapez f(x) avec la variable x, en syntaxe muparser&#xa0;: + - * / ^, max, min, abs, exp, log, tanh, sigmoid, relu, des comparaisons comme (x&gt;0). La dérivée est exacte (différentiation automatique, pas un taux d’accroissement), et les points anguleux, sauts et autres points singuliers sont trouvés à partir de la formule.</translation>
    </message>
</context>
<context>
    <name>ExpressionParameter</name>
    <message>
        <source>the range&apos;s ends must be finite numbers</source>
        <translation>les bornes de l’intervalle doivent être des nombres finis</translation>
    </message>
    <message>
        <source>the range&apos;s start %1 must be less than its end %2</source>
        <translation>le début de l’intervalle, %1, doit être inférieur à sa fin, %2</translation>
    </message>
    <message>
        <source>the range from %1 to %2 is wider than 1,000,000</source>
        <translation>l’intervalle de %1 à %2 est plus large que 1&amp;#xa0;000&amp;#xa0;000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter&apos;s name: a letter, then letters, digits or _</source>
        <translation>«&amp;#xa0;%1&amp;#xa0;» n’est pas un nom de paramètre&amp;#xa0;: une lettre, puis des lettres, des chiffres ou _</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&amp;#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 = %2 is not in its range, %3 to %4</source>
        <translation>%1 = %2 n’est pas dans son intervalle, de %3 à %4</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <source>the number %1 is too large for a double</source>
        <translation>le nombre %1 est trop grand pour un double</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is a function: write %1(x)</source>
        <translation>%1 est une fonction&#xa0;: écrivez %1(x)</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;; the variable is x</source>
        <translation>nom «&#xa0;%1&#xa0;» inconnu&#xa0;; la variable est x</translation>
    </message>
    <message>
        <source>parentheses nest more than %1 deep</source>
        <translation>les parenthèses sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>fonction «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message numerus="yes">
        <source>too many arguments for %1: it takes %n</source>
        <translation>
            <numerusform>trop d&apos;arguments pour %1&#xa0;: elle prend %n argument</numerusform>
            <numerusform>trop d&apos;arguments pour %1&#xa0;: elle prend %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too few arguments for %1: it takes %n</source>
        <translation>
            <numerusform>pas assez d&apos;arguments pour %1&#xa0;: elle prend %n argument</numerusform>
            <numerusform>pas assez d&apos;arguments pour %1&#xa0;: elle prend %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>a number&apos;s exponent needs digits, as in 1e3</source>
        <translation>l&apos;exposant d&apos;un nombre doit avoir des chiffres, par exemple 1e3</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>une parenthèse n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>&apos;?&apos; needs its &apos;:&apos; part, as in a ? b : c</source>
        <translation>«&#xa0;?&#xa0;» a besoin de sa partie «&#xa0;:&#xa0;», comme dans a ? b : c</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>l&apos;expression se termine trop tôt</translation>
    </message>
    <message>
        <source>unexpected operator &apos;=&apos;</source>
        <translation>opérateur «&#xa0;=&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>unexpected comma</source>
        <translation>virgule inattendue</translation>
    </message>
    <message>
        <source>a comma separates a function&apos;s arguments, and there is no function here</source>
        <translation>une virgule sépare les arguments d&apos;une fonction, et il n&apos;y a pas de fonction ici</translation>
    </message>
    <message>
        <source>write one expression, without commas between expressions</source>
        <translation>écrivez une seule expression, sans virgule entre des expressions</translation>
    </message>
    <message>
        <source>unexpected parenthesis</source>
        <translation>parenthèse inattendue</translation>
    </message>
    <message>
        <source>unexpected operator &apos;==&apos;</source>
        <translation>opérateur «&#xa0;==&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>&apos;=&apos; would assign a value, and f(x) cannot; for &quot;is equal to&quot; write ==</source>
        <translation>«&#xa0;=&#xa0;» affecterait une valeur, ce que f(x) ne peut pas faire&#xa0;; pour «&#xa0;est égal à&#xa0;», écrivez ==</translation>
    </message>
    <message>
        <source>&apos;:&apos; has no &apos;?&apos; before it, as in a ? b : c</source>
        <translation>«&#xa0;:&#xa0;» n&apos;a pas de «&#xa0;?&#xa0;» devant lui, comme dans a ? b : c</translation>
    </message>
    <message>
        <source>unexpected operator &apos;%1&apos;</source>
        <translation>opérateur «&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: write &amp;&amp; for &quot;and&quot;, || for &quot;or&quot;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu&#xa0;: écrivez &amp;&amp; pour «&#xa0;et&#xa0;», || pour «&#xa0;ou&#xa0;»</translation>
    </message>
    <message>
        <source>unexpected operator &apos;!=&apos;</source>
        <translation>opérateur «&#xa0;!=&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>unexpected &apos;!&apos;: write != for &quot;is not equal to&quot;</source>
        <translation>«&#xa0;!&#xa0;» inattendu&#xa0;: écrivez != pour «&#xa0;est différent de&#xa0;»</translation>
    </message>
    <message>
        <source>an operator is missing before &apos;(&apos;: a product is written %1*(…)</source>
        <translation>il manque un opérateur avant «&#xa0;(&#xa0;»&#xa0;: un produit s&apos;écrit %1*(…)</translation>
    </message>
    <message>
        <source>an operator is missing before &apos;%1&apos;: a product is written %2*%1</source>
        <translation>il manque un opérateur avant «&#xa0;%1&#xa0;»&#xa0;: un produit s&apos;écrit %2*%1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>an operator is missing before &apos;%1&apos;</source>
        <translation>il manque un opérateur avant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>enter f(x) in terms of x, such as max(0, x)</source>
        <translation>saisissez f(x) en fonction de x, par exemple max(0, x)</translation>
    </message>
    <message>
        <source>the expression has %1 characters; at most %2 are allowed</source>
        <translation>l&apos;expression fait %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>too many parameters: at most %1 (%2), and &apos;%3&apos; is another</source>
        <translation>trop de paramètres&amp;#xa0;: au plus %1 (%2), et «&amp;#xa0;%3&amp;#xa0;» en serait un de plus</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;; a parameter&apos;s name starts with a letter</source>
        <translation>nom inconnu «&amp;#xa0;%1&amp;#xa0;»&amp;#xa0;; le nom d’un paramètre commence par une lettre</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>the export path is empty</source>
        <translation>le chemin d&apos;export est vide</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: it is a directory</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: add .png, .pdf or .svg to the name</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: ajoutez .png, .pdf ou .svg au nom</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: unsupported format &apos;.%2&apos;; use .png, .pdf or .svg</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: format «&#xa0;.%2&#xa0;» non pris en charge&#xa0;; utilisez .png, .pdf ou .svg</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: the directory &apos;%2&apos; does not exist</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: no permission to write in &apos;%2&apos;</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: pas le droit d&apos;écrire dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: the file is read-only</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>ReLU Explorer figure</source>
        <translation>Figure de ReLU Explorer</translation>
    </message>
    <message>
        <source>cannot export at %1x%2: each side must be between %3 and %4 pixels</source>
        <translation>impossible d&apos;exporter en %1x%2&#xa0;: chaque côté doit mesurer entre %3 et %4 pixels</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the figure could not be rendered</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: la figure n&apos;a pas pu être dessinée</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: it is a symbolic link to &apos;%2&apos;, which does not exist</source>
        <translation>impossible d&apos;exporter vers «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un lien symbolique vers «&#xa0;%2&#xa0;», qui n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>it is a FIFO (named pipe), not a file</source>
        <translation>c&apos;est un FIFO (tube nommé), pas un fichier</translation>
    </message>
    <message>
        <source>it is a character device, not a file</source>
        <translation>c&apos;est un périphérique caractère, pas un fichier</translation>
    </message>
    <message>
        <source>it is a block device, not a file</source>
        <translation>c&apos;est un périphérique bloc, pas un fichier</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>c&apos;est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>it is a loop of symbolic links (%1)</source>
        <translation>c&apos;est une boucle de liens symboliques (%1)</translation>
    </message>
</context>
<context>
    <name>FrameworkComparison</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FrameworkRules</name>
    <message>
        <source>TensorFlow has no hardtanh</source>
        <translation>TensorFlow n’a pas de hardtanh</translation>
    </message>
    <message>
        <source>JAX&apos;s hard_tanh has no bounds other than −1 and 1</source>
        <translation>le hard_tanh de JAX n’a pas d’autres bornes que −1 et 1</translation>
    </message>
    <message>
        <source>TensorFlow.js has no hardtanh</source>
        <translation>TensorFlow.js n’a pas de hardtanh</translation>
    </message>
    <message>
        <source>TensorFlow.js&apos;s elu has no alpha</source>
        <translation>l’elu de TensorFlow.js n’a pas d’alpha</translation>
    </message>
    <message>
        <source>TensorFlow has no hardsigmoid</source>
        <translation>TensorFlow n’a pas de hardsigmoid</translation>
    </message>
    <message>
        <source>TensorFlow.js has no hardsigmoid</source>
        <translation>TensorFlow.js n’a pas de hardsigmoid</translation>
    </message>
    <message>
        <source>TensorFlow has no hardswish</source>
        <translation>TensorFlow n’a pas de hardswish</translation>
    </message>
    <message>
        <source>TensorFlow.js has no hardswish</source>
        <translation>TensorFlow.js n’a pas de hardswish</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s softplus has no threshold</source>
        <translation>le softplus de TensorFlow n’a pas de seuil</translation>
    </message>
    <message>
        <source>JAX&apos;s softplus has no threshold</source>
        <translation>le softplus de JAX n’a pas de seuil</translation>
    </message>
    <message>
        <source>TensorFlow.js&apos;s softplus has no threshold</source>
        <translation>le softplus de TensorFlow.js n’a pas de seuil</translation>
    </message>
    <message>
        <source>PyTorch 1.13.1 (Debian 12&apos;s python3-torch, torch.__version__ 1.13.0a0), measured in float32 and float64</source>
        <translation>PyTorch 1.13.1 (python3-torch de Debian 12, torch.__version__ 1.13.0a0), mesuré en float32 et float64</translation>
    </message>
    <message>
        <source>TensorFlow 2.0.0&apos;s source (commit %1), read, not run</source>
        <translation>source de TensorFlow 2.0.0 (commit %1), lue, non exécutée</translation>
    </message>
    <message>
        <source>JAX 0.11.0&apos;s source (commit %1), read, not run</source>
        <translation>source de JAX 0.11.0 (commit %1), lue, non exécutée</translation>
    </message>
    <message>
        <source>TensorFlow.js 4.22.0 (its cpu backend, under Node 20), measured in float32</source>
        <translation>TensorFlow.js 4.22.0 (backend cpu, sous Node 20), mesuré en float32</translation>
    </message>
    <message>
        <source>No value of %1 is on record here</source>
        <translation>Aucune valeur de %1 n’est connue ici</translation>
    </message>
    <message>
        <source>%1, measured</source>
        <translation>%1, mesuré</translation>
    </message>
    <message>
        <source>%1, from source</source>
        <translation>%1, d’après la source</translation>
    </message>
    <message>
        <source>TensorFlow.js: tf.grad fails on a comparison</source>
        <translation>TensorFlow.js&#xa0;: tf.grad échoue sur une comparaison</translation>
    </message>
    <message>
        <source>TensorFlow returns None: no gradient reaches x</source>
        <translation>TensorFlow renvoie None&#xa0;: aucun gradient n’atteint x</translation>
    </message>
    <message>
        <source>1 in a vectorized tensor of 64 elements (measured)</source>
        <translation>1 dans un tenseur vectorisé de 64 éléments (mesuré)</translation>
    </message>
</context>
<context>
    <name>FrameworkTable</name>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>f′ at the kink</source>
        <translation>f′ au point anguleux</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where frameworks disagree</source>
        <translation>Où les frameworks divergent</translation>
    </message>
    <message>
        <source>Put the probe on a kink (K) to see what each framework&apos;s autograd returns there.</source>
        <translation>Placez le point sur un point anguleux (K) pour voir ce que l’autograd de chaque framework y renvoie.</translation>
    </message>
    <message>
        <source>At the kink of %1 at x = %2, where f′ does not exist, autograd returns:</source>
        <translation>Au point anguleux de %1 en x = %2, où f′ n’existe pas, autograd renvoie&#xa0;:</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
</context>
<context>
    <name>FunctionChooser</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Type part of a name to filter the functions; Enter picks the first match</source>
        <translation>Tapez une partie d&apos;un nom pour filtrer les fonctions&#xa0;; Entrée choisit la première correspondance</translation>
    </message>
    <message>
        <source>Search functions</source>
        <translation>Rechercher des fonctions</translation>
    </message>
    <message>
        <source>your own f(x)…</source>
        <translation>votre propre f(x)…</translation>
    </message>
    <message>
        <source>Type f(x) in the expression box</source>
        <translation>Saisir f(x) dans le champ d&apos;expression</translation>
    </message>
    <message>
        <source>The function to explore; PyTorch&apos;s names</source>
        <translation>La fonction à explorer&#xa0;; noms de PyTorch</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FunctionGraph</name>
    <message numerus="yes">
        <source>f′ undefined at each of the %n kinks</source>
        <translation>
            <numerusform>f′ non définie en %n point anguleux</numerusform>
            <numerusform>f′ non définie en chacun des %n points anguleux</numerusform>
        </translation>
    </message>
    <message>
        <source>f′ undefined at each kink</source>
        <translation>f′ non définie en chaque point anguleux</translation>
    </message>
    <message>
        <source>jumps: f′ does not exist there</source>
        <translation>sauts&#xa0;: f′ n’y existe pas</translation>
    </message>
    <message>
        <source>holes or points off the curve: f′ does not exist there</source>
        <translation>trous ou points hors de la courbe&#xa0;: f′ n’y existe pas</translation>
    </message>
    <message>
        <source>jumps and holes: f′ does not exist there</source>
        <translation>sauts et trous&#xa0;: f′ n’y existe pas</translation>
    </message>
</context>
<context>
    <name>GraphDescriptionDialog</name>
    <message>
        <source>Describe Graph</source>
        <translation>Décrire le graphe</translation>
    </message>
    <message>
        <source>Graph description</source>
        <translation>Description du graphe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the description to the clipboard</source>
        <translation>Copier la description dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>KinkFan</name>
    <message>
        <source>fan %1: all under the graph</source>
        <translation>éventail %1&#xa0;: droites toutes sous le graphe</translation>
    </message>
    <message>
        <source>fan %1: between the one-sided tangents</source>
        <translation>éventail %1&#xa0;: entre les tangentes à gauche et à droite</translation>
    </message>
    <message>
        <source>fan %1: above the graph near the kink</source>
        <translation>éventail %1&#xa0;: au-dessus du graphe près du point anguleux</translation>
    </message>
    <message>
        <source>fan %1: under the graph near the kink</source>
        <translation>éventail %1&#xa0;: sous le graphe près du point anguleux</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of function names</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de noms de fonctions</translation>
    </message>
    <message>
        <source>&apos;view.%1&apos; must be two numbers, [from, to]</source>
        <translation>«&#xa0;view.%1&#xa0;» doit contenir deux nombres, [début, fin]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>not a lesson file: %1 at byte %2</source>
        <translation>pas un fichier de leçon&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a lesson file: it holds no JSON object</source>
        <translation>pas un fichier de leçon&#xa0;: il ne contient aucun objet JSON</translation>
    </message>
    <message>
        <source>not a lesson file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>pas un fichier de leçon&#xa0;: &quot;format&quot; ne vaut pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the lesson file has no whole-number &quot;version&quot;</source>
        <translation>le fichier de leçon n&apos;a pas de &quot;version&quot; entière</translation>
    </message>
    <message>
        <source>this lesson was saved by a newer ReLU Explorer (lesson format %1); this version reads format %2 and older</source>
        <translation>cette leçon a été enregistrée par une version plus récente de ReLU Explorer (format de leçon %1)&#xa0;; cette version lit le format %2 et les précédents</translation>
    </message>
    <message>
        <source>the lesson file&apos;s version %1 is not valid</source>
        <translation>la version %1 du fichier de leçon n&apos;est pas valide</translation>
    </message>
    <message>
        <source>in &apos;samples&apos;: %1</source>
        <translation>dans «&#xa0;samples&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown convention &apos;%1&apos;; use one of %2</source>
        <translation>convention «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>cannot open lesson &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir la leçon «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a lesson is at most %2</source>
        <translation>le fichier fait %1 octets&#xa0;; une leçon fait au plus %2</translation>
    </message>
    <message>
        <source>the lesson path is empty</source>
        <translation>le chemin de la leçon est vide</translation>
    </message>
    <message>
        <source>cannot save lesson to &apos;%1&apos;: it is a directory</source>
        <translation>impossible d&apos;enregistrer la leçon dans «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot save lesson to &apos;%1&apos;: the directory &apos;%2&apos; does not exist</source>
        <translation>impossible d&apos;enregistrer la leçon dans «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot save lesson to &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;enregistrer la leçon dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown quotientScale &apos;%1&apos;; use linear or log</source>
        <translation>quotientScale inconnue &apos;%1&apos;&#xa0;; utilisez linear ou log</translation>
    </message>
    <message>
        <source>unknown secant &apos;%1&apos;; use off, forward, central or both</source>
        <translation>sécante inconnue &apos;%1&apos;&#xa0;; utilisez off, forward, central ou both</translation>
    </message>
    <message>
        <source>the file is more than %1 bytes; a lesson is at most that</source>
        <translation>le fichier dépasse %1 octets, la taille maximale d&apos;une leçon</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of objects such as {&quot;name&quot;: &quot;a&quot;, &quot;value&quot;: 0.5, &quot;range&quot;: [-5, 5]}</source>
        <translation>«&amp;#xa0;%1&amp;#xa0;» doit être une liste d’objets tels que {&quot;name&quot;: &quot;a&quot;, &quot;value&quot;: 0.5, &quot;range&quot;: [-5, 5]}</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← P&amp;récédent</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>S&amp;uivant →</translation>
    </message>
    <message>
        <source>1. What ReLU does</source>
        <translation>1. Ce que fait ReLU</translation>
    </message>
    <message>
        <source>&lt;p&gt;ReLU, the rectified linear unit, is &lt;b&gt;f(x) = max(0, x)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A positive number passes through unchanged: f(1) = 1, f(3) = 3. A negative number becomes 0: f(−1) = 0, f(−3) = 0. And 0 stays 0.&lt;/p&gt;&lt;p&gt;The probe sits at x = 3. Drag it, or use ← and →, and watch the readout: left of 0 f(x) is always 0; right of 0 it is x itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ReLU, l&apos;unité linéaire rectifiée (rectified linear unit), est &lt;b&gt;f(x) = max(0, x)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Un nombre positif passe sans changement&#xa0;: f(1) = 1, f(3) = 3. Un nombre négatif devient 0&#xa0;: f(−1) = 0, f(−3) = 0. Et 0 reste 0.&lt;/p&gt;&lt;p&gt;Le point mobile est en x = 3. Faites-le glisser, ou utilisez ← et →, et observez l&apos;affichage des valeurs&#xa0;: à gauche de 0, f(x) vaut toujours 0&#xa0;; à droite de 0, c&apos;est x lui-même.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>2. A table of values</source>
        <translation>2. Un tableau de valeurs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Take x = −4, −3, …, 4, as numpy&apos;s &lt;tt&gt;arange(-4, 5, 1)&lt;/tt&gt; does, and compute f for each. The table shows them: f(X) = 0 0 0 0 0 1 2 3 4.&lt;/p&gt;&lt;p&gt;The dots on the curve are these sample points. Joined up, they already show the shape: flat, then a straight rise. Click a row to move the probe there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prenez x = −4, −3, …, 4, comme le fait &lt;tt&gt;arange(-4, 5, 1)&lt;/tt&gt; de numpy, et calculez f pour chacun. Le tableau les affiche&#xa0;: f(X) = 0 0 0 0 0 1 2 3 4.&lt;/p&gt;&lt;p&gt;Les points sur la courbe sont ces points d&apos;échantillonnage. Reliés, ils montrent déjà la forme&#xa0;: plate, puis une montée en ligne droite. Cliquez sur une ligne pour y amener le point mobile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>3. The slope at x = 2 and at x = −2</source>
        <translation>3. La pente en x = 2 et en x = −2</translation>
    </message>
    <message>
        <source>4. The coloured figure</source>
        <translation>4. La figure en couleurs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Colour the graph by its slope: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; where f′(x) = 0, &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;green&lt;/b&gt;&lt;/span&gt; where f′(x) = 1. The panel underneath draws f′ itself: a step from 0 to 1.&lt;/p&gt;&lt;p&gt;At x = 0 the step has no value of its own. The open circles are the limits from each side; the &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; dot is the value a program uses instead, as the legend says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le graphe est coloré selon sa pente&#xa0;: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;bleu&lt;/b&gt;&lt;/span&gt; là où f′(x) = 0, &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;vert&lt;/b&gt;&lt;/span&gt; là où f′(x) = 1. Le panneau du dessous trace f′ elle-même&#xa0;: une marche de 0 à 1.&lt;/p&gt;&lt;p&gt;En x = 0, la marche n&apos;a pas de valeur propre. Les cercles vides sont la limite à gauche et la limite à droite&#xa0;; le point &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;rouge&lt;/b&gt;&lt;/span&gt; est la valeur qu&apos;un programme utilise à la place, comme l&apos;indique la légende.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>5. The kink and its many lines</source>
        <translation>5. Le point anguleux et ses nombreuses droites</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texte de la leçon</translation>
    </message>
    <message>
        <source>The previous page (↑ or Page Up)</source>
        <translation>La page précédente (↑ ou Page précédente)</translation>
    </message>
    <message>
        <source>The next page (↓ or Page Down)</source>
        <translation>La page suivante (↓ ou Page suivante)</translation>
    </message>
    <message>
        <source>Previous lesson page</source>
        <translation>Page précédente de la leçon</translation>
    </message>
    <message>
        <source>Next lesson page</source>
        <translation>Page suivante de la leçon</translation>
    </message>
    <message>
        <source>&lt;p&gt;The derivative is the slope of the graph. The dashed line is the tangent at the probe, at x = 2: it rises 1 for every 1 to the right, so &lt;b&gt;f′(2) = 1&lt;/b&gt;. The same holds at every x &amp;gt; 0.&lt;/p&gt;&lt;p&gt;Now &lt;a href=&apos;probe:-2&apos;&gt;move the probe to x = −2&lt;/a&gt;, or press M, which mirrors it from x = 2 to x = −2. The graph is flat there, and so is the tangent: &lt;b&gt;f′(−2) = 0&lt;/b&gt;, as for every x &amp;lt; 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La dérivée est la pente du graphe. La ligne en pointillés est la tangente au point mobile, en x = 2&#xa0;: elle monte de 1 pour chaque unité vers la droite, donc &lt;b&gt;f′(2) = 1&lt;/b&gt;. Il en va de même pour tout x &amp;gt; 0.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;probe:-2&apos;&gt;Placez maintenant le point mobile en x = −2&lt;/a&gt;, ou appuyez sur M, qui le reflète de x = 2 à x = −2. Le graphe y est plat, et la tangente aussi&#xa0;: &lt;b&gt;f′(−2) = 0&lt;/b&gt;, comme pour tout x &amp;lt; 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>6. The limit from both sides</source>
        <translation>6. La limite des deux côtés</translation>
    </message>
    <message>
        <source>7. The convention, and sparsity</source>
        <translation>7. La convention et la parcimonie</translation>
    </message>
    <message>
        <source>&lt;p&gt;The slope of the secant through (x, f(x)) and (x + h, f(x + h)) is the &lt;i&gt;difference quotient&lt;/i&gt; q(h) = (f(x + h) − f(x)) / h. The derivative f′(x) is the number q(h) approaches as h shrinks to 0, from both sides.&lt;/p&gt;&lt;p&gt;The bottom panel plots q(h) against h at x = 0: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;q(−h) = 0&lt;/b&gt;&lt;/span&gt; on the left and &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;q(+h) = 1&lt;/b&gt;&lt;/span&gt; on the right, for every h. Press H to halve h again and again: the two secants close in on the corner, the table “q(h) at the probe” (T shows it) gains a row each time, and the two sides never meet. The open circles at h = 0 are the one-sided limits, 0 and 1. They differ, so q(h) has no limit, and f′(0) is undefined.&lt;/p&gt;&lt;p&gt;The &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;grey&lt;/b&gt;&lt;/span&gt; line, on both sides of 0, is the central difference (f(x + h) − f(x − h)) / 2h. It is ½ for every h, but ½ is only the average of the two one-sided slopes, not a derivative. &lt;a href=&apos;probe:2&apos;&gt;Move the probe to x = 2&lt;/a&gt;: there both sides of q(h) are 1, the same limit, and f′(2) = 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La pente de la sécante passant par (x, f(x)) et (x + h, f(x + h)) est le &lt;i&gt;taux d&apos;accroissement&lt;/i&gt; q(h) = (f(x + h) − f(x)) / h. La dérivée f′(x) est le nombre dont q(h) s&apos;approche quand h tend vers 0, des deux côtés.&lt;/p&gt;&lt;p&gt;Le panneau du bas trace q(h) en fonction de h en x = 0&#xa0;: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;q(−h) = 0&lt;/b&gt;&lt;/span&gt; à gauche et &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;q(+h) = 1&lt;/b&gt;&lt;/span&gt; à droite, pour tout h. Appuyez sur H pour diviser h par deux encore et encore&#xa0;: les deux sécantes se resserrent sur le coin, le tableau «&#xa0;q(h) au point mobile&#xa0;» (T l&apos;affiche) gagne une ligne à chaque fois, et les deux côtés ne se rejoignent jamais. Les cercles vides en h = 0 sont les limites à gauche et à droite, 0 et 1. Elles diffèrent, donc q(h) n&apos;a pas de limite, et f′(0) n&apos;est pas défini.&lt;/p&gt;&lt;p&gt;La ligne &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;grise&lt;/b&gt;&lt;/span&gt;, des deux côtés de 0, est le taux centré (f(x + h) − f(x − h)) / 2h. Il vaut ½ pour tout h, mais ½ n&apos;est que la moyenne des deux pentes latérales, pas une dérivée. &lt;a href=&apos;probe:2&apos;&gt;Placez le point mobile en x = 2&lt;/a&gt;&#xa0;: là, les deux côtés de q(h) valent 1, la même limite, et f′(2) = 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A neural network still needs a number at x = 0, so each library picks one. PyTorch&apos;s &lt;tt&gt;torch.relu&lt;/tt&gt; uses &lt;b&gt;0&lt;/b&gt;: the dashed line in the fan.&lt;/p&gt;&lt;p&gt;Why 0? A unit whose input is not positive then passes no gradient back, which keeps many gradients exactly 0: sparse.&lt;/p&gt;&lt;p&gt;Does the choice matter? On paper an input lands exactly on 0 almost never, the kink being a single point. In a computer it does: exact zeros are common in low precision. Bertoin et al. (NeurIPS 2021) backpropagated through the same MNIST networks with ReLU′(0) = 0 and with 1: in float32 the gradients differed for 2 % to 87 % of random initialisations within one epoch, in float16 for almost all, in float64 for none.&lt;/p&gt;&lt;p&gt;Press C to try the other conventions: the legend, the readout and the red dot follow. &lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt; uses 1; &lt;tt&gt;torch.maximum(x, 0)&lt;/tt&gt; uses ½.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un réseau de neurones a pourtant besoin d&apos;un nombre en x = 0&#xa0;: chaque bibliothèque en choisit donc un. &lt;tt&gt;torch.relu&lt;/tt&gt; de PyTorch utilise &lt;b&gt;0&lt;/b&gt;&#xa0;: la droite en pointillés dans l&apos;éventail.&lt;/p&gt;&lt;p&gt;Pourquoi 0&#xa0;? Un neurone dont l&apos;entrée n&apos;est pas positive ne transmet alors aucun gradient en retour, ce qui laisse beaucoup de gradients exactement nuls&#xa0;: ils sont parcimonieux (sparse).&lt;/p&gt;&lt;p&gt;Ce choix compte-t-il&#xa0;? Sur le papier, une entrée ne tombe presque jamais exactement sur 0, le point anguleux étant un seul point. Dans un ordinateur, si&#xa0;: les zéros exacts sont fréquents en basse précision. Bertoin et al. (NeurIPS 2021) ont rétropropagé dans les mêmes réseaux MNIST avec ReLU′(0) = 0 et avec 1&#xa0;: en float32, les gradients différaient pour 2&#xa0;% à 87&#xa0;% des initialisations aléatoires en une époque, en float16 pour presque toutes, en float64 pour aucune.&lt;/p&gt;&lt;p&gt;Appuyez sur C pour essayer les autres conventions&#xa0;: la légende, l&apos;affichage des valeurs et le point rouge suivent. &lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt; utilise 1&#xa0;; &lt;tt&gt;torch.maximum(x, 0)&lt;/tt&gt; utilise ½.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lesson page %1 of %2: %3.</source>
        <translation>Leçon, page %1 sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&lt;p&gt;At x = 0 the graph has a corner, a &lt;i&gt;kink&lt;/i&gt;. Which line is the tangent there? Every line through the corner with a slope from 0 to 1 stays on or below the graph: a slope strictly between 0 and 1 touches it only at the corner, while the slopes 0 and 1 run along a whole side. The dotted fan shows them.&lt;/p&gt;&lt;p&gt;There is no single tangent, so &lt;b&gt;f′(0) is undefined&lt;/b&gt;. From the left the slope is 0, from the right it is 1. The set of all these slopes, [0, 1], is the &lt;i&gt;subdifferential&lt;/i&gt; ∂f(0), and each slope in it is a &lt;i&gt;subgradient&lt;/i&gt;. As ReLU is convex, this set is also its &lt;i&gt;Clarke gradient&lt;/i&gt;, the name the readout gives the set of slopes at every kink. Press H to halve h on both sides at once: the secant slopes q(−h) = 0 and q(+h) = 1 never agree, however small h gets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En x = 0 le graphe a un coin, un &lt;i&gt;point anguleux&lt;/i&gt;. Quelle droite y est la tangente&#xa0;? Toute droite passant par le coin avec une pente de 0 à 1 reste sur ou sous le graphe&#xa0;: une pente strictement entre 0 et 1 ne le touche qu&apos;au coin, tandis que les pentes 0 et 1 longent tout un côté. L&apos;éventail pointillé les montre.&lt;/p&gt;&lt;p&gt;Il n&apos;y a pas de tangente unique, donc &lt;b&gt;f′(0) n&apos;est pas définie&lt;/b&gt;. À gauche la pente vaut 0, à droite 1. L&apos;ensemble de toutes ces pentes, [0, 1], est le &lt;i&gt;sous-différentiel&lt;/i&gt; ∂f(0), et chaque pente qu&apos;il contient est un &lt;i&gt;sous-gradient&lt;/i&gt;. Comme ReLU est convexe, cet ensemble est aussi son &lt;i&gt;gradient de Clarke&lt;/i&gt;, le nom que l&apos;affichage donne à l&apos;ensemble des pentes en tout point anguleux. Appuyez sur H pour diviser h par deux des deux côtés à la fois&#xa0;: les pentes des sécantes q(−h) = 0 et q(+h) = 1 ne coïncident jamais, si petit que soit h.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ReLU Explorer</source>
        <translation>ReLU Explorer</translation>
    </message>
    <message>
        <source>Some saved settings could not be used and were reset: %1</source>
        <translation>Certains réglages enregistrés étaient inutilisables et ont été réinitialisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session could not be saved to %1</source>
        <translation>Impossible d&apos;enregistrer la session dans %1</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Opened lesson %1</source>
        <translation>Leçon %1 ouverte</translation>
    </message>
    <message>
        <source>ReLU Explorer lessons (*.relulesson *.json);;All files (*)</source>
        <translation>Leçons ReLU Explorer (*.relulesson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Lesson As</source>
        <translation>Enregistrer la leçon sous</translation>
    </message>
    <message>
        <source>ReLU Explorer lessons (*.relulesson *.json)</source>
        <translation>Leçons ReLU Explorer (*.relulesson *.json)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>Saved lesson %1</source>
        <translation>Leçon %1 enregistrée</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Lesson…</source>
        <translation>&amp;Ouvrir une leçon…</translation>
    </message>
    <message>
        <source>Open a lesson prepared in advance</source>
        <translation>Ouvrir une leçon préparée à l&apos;avance</translation>
    </message>
    <message>
        <source>&amp;Save Lesson As…</source>
        <translation>&amp;Enregistrer la leçon sous…</translation>
    </message>
    <message>
        <source>Save everything on screen as a lesson file</source>
        <translation>Enregistrer tout ce qui est à l&apos;écran dans un fichier de leçon</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>E&amp;xporter la figure…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the figure as PNG, PDF or SVG</source>
        <translation>Enregistrer la figure en PNG, PDF ou SVG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>&amp;Copier la figure</translation>
    </message>
    <message>
        <source>Put the figure on the clipboard as an image</source>
        <translation>Copier la figure comme image dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy &amp;Values</source>
        <translation>Copier les &amp;valeurs</translation>
    </message>
    <message>
        <source>Put the readout (x, f(x), f′(x)) on the clipboard as text</source>
        <translation>Copier les valeurs affichées (x, f(x), f′(x)) comme texte dans le presse-papiers</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>Fo&amp;nction</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Full screen, large type for the back row (Esc leaves)</source>
        <translation>Plein écran, grands caractères pour le fond de la salle (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>P&amp;oint</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <source>&amp;Why a Convention?</source>
        <translation>&amp;Pourquoi une convention&#xa0;?</translation>
    </message>
    <message>
        <source>Why a Convention?</source>
        <translation>Pourquoi une convention&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Secant</source>
        <translation>&amp;Sécante</translation>
    </message>
    <message>
        <source>Why ½ at the Kink?</source>
        <translation>Pourquoi ½ au point anguleux&#xa0;?</translation>
    </message>
    <message>
        <source>The Central Difference at a Kink</source>
        <translation>La différence centrée en un point anguleux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Leçon</translation>
    </message>
    <message>
        <source>Why a &amp;Convention at the Kink?</source>
        <translation>Pourquoi une &amp;convention au point anguleux&#xa0;?</translation>
    </message>
    <message>
        <source>Why the Central Difference Gives &amp;½</source>
        <translation>Pourquoi le taux centré donne &amp;½</translation>
    </message>
    <message>
        <source>&amp;About ReLU Explorer</source>
        <translation>À &amp;propos de ReLU Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>f′ at a kink:</source>
        <translation>f′ au point anguleux&#xa0;:</translation>
    </message>
    <message>
        <source>Convention at a kink</source>
        <translation>Convention au point anguleux</translation>
    </message>
    <message>
        <source>one-sided  (f(x+h) − f(x)) / h</source>
        <translation>unilatérale  (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>central  (f(x+h) − f(x−h)) / 2h</source>
        <translation>centrée  (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>Kind of secant</source>
        <translation>Type de sécante</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare with other functions</source>
        <translation>Comparer avec d&apos;autres fonctions</translation>
    </message>
    <message>
        <source>Values Table</source>
        <translation>Tableau de valeurs</translation>
    </message>
    <message>
        <source>Shrink h with [ or H and watch the secant&apos;s slope approach the tangent&apos;s.</source>
        <translation>Réduisez h avec [ ou H et observez la pente de la sécante tendre vers celle de la tangente.</translation>
    </message>
    <message>
        <source>Drag the point along the curve (or use ← →). Drag elsewhere to pan, scroll to zoom, double-click or R to reset.</source>
        <translation>Faites glisser le point le long de la courbe (ou utilisez ← →). Glissez ailleurs pour déplacer la vue, la molette pour zoomer, double-clic ou R pour réinitialiser.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied the figure</source>
        <translation>Figure copiée</translation>
    </message>
    <message>
        <source>Copied x, f(x) and f′(x)</source>
        <translation>x, f(x) et f′(x) copiés</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;The derivative of ReLU, f(x) = max(0, x), made visible: drag a point along the curve to see its tangent and slope, and see why f′(0) needs a convention.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;La dérivée de ReLU, f(x) = max(0, x), rendue visible&#xa0;: faites glisser un point le long de la courbe pour voir sa tangente et sa pente, et comprenez pourquoi f′(0) a besoin d&apos;une convention.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ReLU Explorer</source>
        <translation>À propos de ReLU Explorer</translation>
    </message>
    <message>
        <source>Your own f(x): its derivative and its breakpoints come from the formula, exactly.</source>
        <translation>Votre propre f(x)&#xa0;: sa dérivée et ses points singuliers sont tirés exactement de la formule.</translation>
    </message>
    <message>
        <source>Next Lesson Page</source>
        <translation>Page suivante de la leçon</translation>
    </message>
    <message>
        <source>Previous Lesson Page</source>
        <translation>Page précédente de la leçon</translation>
    </message>
    <message>
        <source>both sides  q(−h), q(+h)</source>
        <translation>deux côtés  q(−h), q(+h)</translation>
    </message>
    <message>
        <source>One-sided: the secant through x and x + h. Central: through x − h and x + h, which at a kink gives the average of both sides. Both sides: a secant to each side of x, whose slopes tend to f′₋ and f′₊.</source>
        <translation>Unilatérale&#xa0;: la sécante par x et x + h. Centrée&#xa0;: par x − h et x + h, ce qui donne en un point anguleux la moyenne des deux côtés. Deux côtés&#xa0;: une sécante de chaque côté de x, dont les pentes tendent vers f′₋ et f′₊.</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>Tout réinitialiser</translation>
    </message>
    <message>
        <source>Open Lesson %1</source>
        <translation>Ouvrir la leçon %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take back the last change: a probe move, a function, a setting</source>
        <translation>Annuler la dernière modification&#xa0;: un déplacement du point, une fonction, un réglage</translation>
    </message>
    <message>
        <source>Make again the change just taken back</source>
        <translation>Refaire la modification qui vient d&apos;être annulée</translation>
    </message>
    <message>
        <source>Where Frameworks Disagree</source>
        <translation>Où les frameworks divergent</translation>
    </message>
    <message>
        <source>&amp;Examples: Same Function, Other Derivative</source>
        <translation>&amp;Exemples&#xa0;: même fonction, autre dérivée</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>The notebook&apos;s lesson, page by page (↓ next, ↑ back); F1 again hides it</source>
        <translation>La leçon du notebook, page par page (↓ suivante, ↑ précédente)&#xa0;; F1 la masque à nouveau</translation>
    </message>
    <message>
        <source>&amp;Restart Lesson</source>
        <translation>&amp;Recommencer la leçon</translation>
    </message>
    <message>
        <source>The lesson from its first page, with that page&apos;s function and probe</source>
        <translation>La leçon depuis sa première page, avec la fonction et le point de cette page</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>All &amp;Menus</source>
        <translation>Tous les &amp;menus</translation>
    </message>
    <message>
        <source>Every menu in one, also in presentation mode (F10)</source>
        <translation>Tous les menus en un, aussi en mode présentation (F10)</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Menu</translation>
    </message>
    <message>
        <source>Every menu (F10)</source>
        <translation>Tous les menus (F10)</translation>
    </message>
    <message>
        <source>All menus</source>
        <translation>Tous les menus</translation>
    </message>
    <message>
        <source>The lesson was not opened: %1</source>
        <translation>La leçon n&apos;a pas été ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The lesson could not be opened; nothing else was changed.</source>
        <translation>La leçon n&apos;a pas pu être ouverte&#xa0;; rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Descri&amp;be Graph…</source>
        <translation>Décrire le gra&amp;phe…</translation>
    </message>
    <message>
        <source>The graph in words: its pieces, kinks and jumps with both sides, the convention, the probe</source>
        <translation>Le graphe en mots&#xa0;: ses morceaux, points anguleux et sauts des deux côtés, la convention, le point</translation>
    </message>
    <message>
        <source>Prese&amp;ntation</source>
        <translation>Présentatio&amp;n</translation>
    </message>
    <message>
        <source>Le&amp;sson Panel</source>
        <translation>Panneau de &amp;leçon</translation>
    </message>
    <message>
        <source>Show or hide the lesson beside the plot (Esc in it closes it)</source>
        <translation>Afficher ou masquer la leçon à côté du graphique (Échap dans la leçon la ferme)</translation>
    </message>
    <message>
        <source>Single-&amp;Key Shortcuts</source>
        <translation>Raccourcis à une touc&amp;he</translation>
    </message>
    <message>
        <source>Keys of one character (K, S, [, Shift+P …) as shortcuts; off, only keys with Ctrl or Alt, the arrows and the function keys act, and every command stays in its menu</source>
        <translation>Des touches d’un seul caractère (K, S, [, Maj+P …) comme raccourcis&#xa0;; désactivés, seules les touches avec Ctrl ou Alt, les flèches et les touches de fonction agissent, et chaque commande reste dans son menu</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts…</source>
        <translation>Raccourcis cla&amp;vier…</translation>
    </message>
    <message>
        <source>Every command&apos;s keys, as the menus have them</source>
        <translation>Les touches de chaque commande, telles que les menus les donnent</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>type&#xa0;:</translation>
    </message>
    <message>
        <source>Clos&amp;e the Lesson</source>
        <translation>&amp;Fermer la leçon</translation>
    </message>
    <message>
        <source>Hide the lesson (Esc while it has the focus); F1 brings it back at the same page</source>
        <translation>Masquer la leçon (Échap quand elle a le focus)&#xa0;; F1 la rouvre à la même page</translation>
    </message>
    <message>
        <source>Shrink h (Secant ▸ Halve h) and watch the secant&apos;s slope approach the tangent&apos;s.</source>
        <translation>Réduire h (Sécante ▸ Diviser h par deux) et regarder la pente de la sécante approcher celle de la tangente.</translation>
    </message>
    <message>
        <source>Drag the point along the curve (or use ← →). Drag elsewhere to pan (or Ctrl+arrows), scroll to zoom, double-click to reset.</source>
        <translation>Faites glisser le point le long de la courbe (ou utilisez ← →). Faites glisser ailleurs pour déplacer (ou Ctrl+flèches), la molette zoome, un double-clic réinitialise.</translation>
    </message>
    <message>
        <source>More of %1</source>
        <translation>Suite de %1</translation>
    </message>
    <message>
        <source>The controls of %1 that do not fit</source>
        <translation>Les commandes de %1 qui ne tiennent pas</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>What the app reports as f′ where it does not exist. Frameworks must pick a value; Convention ▸ Why a Convention? explains, and Convention ▸ Next Convention cycles through them.</source>
        <translation>Ce que l’application affiche pour f′ là où elle n’existe pas. Les frameworks doivent choisir une valeur&#xa0;; Convention ▸ Pourquoi une convention&#xa0;? explique pourquoi, et Convention ▸ Convention suivante passe de l’une à l’autre.</translation>
    </message>
    <message>
        <source>Draw other functions beside this one, thinner and dashed</source>
        <translation>Tracer d&apos;autres fonctions à côté de celle-ci, plus fines et en tirets</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>undefined</source>
        <translation>non définie</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>%1 slider</source>
        <translation>Curseur %1</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>the parameter %1 of your f(x)</source>
        <translation>le paramètre %1 de votre f(x)</translation>
    </message>
    <message>
        <source>range…</source>
        <translation>intervalle…</translation>
    </message>
    <message>
        <source>Set the range of %1&apos;s slider</source>
        <translation>Choisir l’intervalle du curseur de %1</translation>
    </message>
    <message>
        <source>%1 range</source>
        <translation>intervalle de %1</translation>
    </message>
    <message>
        <source>only your own f(x)&apos;s parameters have a range to set</source>
        <translation>seuls les paramètres de votre propre f(x) ont un intervalle à choisir</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Intervalle de %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&amp;#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&amp;#xa0;:</translation>
    </message>
</context>
<context>
    <name>PieceGraphs</name>
    <message numerus="yes">
        <source>and %n more pieces, each with its own f′</source>
        <translation>
            <numerusform>et %n autre morceau, avec sa propre f′</numerusform>
            <numerusform>et %n autres morceaux, chacun avec sa propre f′</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Function plot</source>
        <translation>Graphe de la fonction</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>f&#x200a;′(x)</source>
        <extracomment>The derivative panel&apos;s axis label, set in italics. Between f and the prime is a hair space (U+200A): without it the prime merges into the italic f&apos;s hook and the label reads f(x).</extracomment>
        <translation>f&#x200a;′(x)</translation>
    </message>
    <message>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <source>Derivative panel shown</source>
        <translation>Panneau de la dérivée affiché</translation>
    </message>
    <message>
        <source>Derivative panel hidden</source>
        <translation>Panneau de la dérivée masqué</translation>
    </message>
    <message>
        <source>Difference quotient panel shown: q(h) against h</source>
        <translation>Panneau du taux d’accroissement affiché&#xa0;: q(h) en fonction de h</translation>
    </message>
    <message>
        <source>Difference quotient panel hidden</source>
        <translation>Panneau du taux d’accroissement masqué</translation>
    </message>
</context>
<context>
    <name>ProbeOverlay</name>
    <message>
        <source>slope %1</source>
        <translation>pente %1</translation>
    </message>
</context>
<context>
    <name>ProbeReadout</name>
    <message>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <source>f(x) = %1</source>
        <translation>f(x) = %1</translation>
    </message>
    <message>
        <source>f′₋(%1) = %2</source>
        <translation>f′₋(%1) = %2</translation>
    </message>
    <message>
        <source>f′₊(%1) = %2</source>
        <translation>f′₊(%1) = %2</translation>
    </message>
    <message>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <source>f′₋(x) = %1</source>
        <translation>f′₋(x) = %1</translation>
    </message>
    <message>
        <source>f′₊(x) = %1</source>
        <translation>f′₊(x) = %1</translation>
    </message>
    <message>
        <source>h = %1</source>
        <translation>h = %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>(the average of both sides, not a slope of f)</source>
        <translation>(moyenne des deux côtés, pas une pente de f)</translation>
    </message>
    <message>
        <source>f is undefined for x &lt; %1; f → %2 from the right</source>
        <translation>f n&apos;est pas définie pour x &lt; %1&#xa0;; f → %2 à droite</translation>
    </message>
    <message>
        <source>f is undefined for x &gt; %1; f → %2 from the left</source>
        <translation>f n&apos;est pas définie pour x &gt; %1&#xa0;; f → %2 à gauche</translation>
    </message>
    <message>
        <source>f has no limit there: it oscillates</source>
        <translation>f n&apos;a pas de limite en ce point&#xa0;: elle oscille</translation>
    </message>
    <message>
        <source>the limits of f there are not known</source>
        <translation>les limites de f en ce point ne sont pas connues</translation>
    </message>
    <message>
        <source>f → %1 from both sides</source>
        <translation>f → %1 des deux côtés</translation>
    </message>
    <message>
        <source>f → %1 from the left, %2 from the right</source>
        <translation>f → %1 à gauche, %2 à droite</translation>
    </message>
    <message>
        <source>jump at %1: %2 does not exist</source>
        <translation>saut en %1&#xa0;: %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>hole at %1: f(%1) is undefined, so %2 does not exist</source>
        <translation>trou en %1&#xa0;: f(%1) n&apos;est pas défini, donc %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>f(%1) lies off the curve: %2 does not exist</source>
        <translation>f(%1) est hors de la courbe&#xa0;: %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 at %2: %3 does not exist (infinite slope)</source>
        <translation>%1 en %2&#xa0;: %3 n&apos;existe pas (pente infinie)</translation>
    </message>
    <message>
        <source>f oscillates near %1: %2 does not exist</source>
        <translation>f oscille près de %1&#xa0;: %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>pole at %1: f is undefined there</source>
        <translation>pôle en %1&#xa0;: f n&apos;y est pas définie</translation>
    </message>
    <message>
        <source>end of f&apos;s domain at %1: %2 does not exist</source>
        <translation>bord du domaine de définition de f en %1&#xa0;: %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>at %1 the formula cannot tell whether %2 exists</source>
        <translation>en %1, la formule ne permet pas de savoir si %2 existe</translation>
    </message>
    <message>
        <source>f(x) is undefined</source>
        <translation>f(x) n&apos;est pas défini</translation>
    </message>
    <message>
        <source>f(x) cannot be computed in double precision here</source>
        <translation>f(x) ne peut pas être calculé ici en double précision</translation>
    </message>
    <message>
        <source>f′(x) is undefined</source>
        <translation>f′(x) n&apos;est pas définie</translation>
    </message>
    <message>
        <source>f′(x) cannot be computed in double precision here</source>
        <translation>f′(x) ne peut pas être calculée ici en double précision</translation>
    </message>
    <message>
        <source>q(−h) = %1</source>
        <translation>q(−h) = %1</translation>
    </message>
    <message>
        <source>q(+h) = %1</source>
        <translation>q(+h) = %1</translation>
    </message>
    <message>
        <source>autograd (%1) returns NaN</source>
        <translation>autograd (%1) renvoie NaN</translation>
    </message>
    <message>
        <source>autograd (%1) returns %2</source>
        <translation>autograd (%1) renvoie %2</translation>
    </message>
    <message>
        <source>%1: a spurious derivative, outside the Clarke gradient</source>
        <translation>%1&#xa0;: une dérivée fausse, hors du gradient de Clarke</translation>
    </message>
    <message>
        <source>%1: a spurious derivative, f′(%2) is %3</source>
        <translation>%1&#xa0;: une dérivée fausse, f′(%2) vaut %3</translation>
    </message>
    <message>
        <source>f′ does not exist</source>
        <translation>f′ n’existe pas</translation>
    </message>
    <message>
        <source>f′ undefined, set to %1</source>
        <translation>f′ non définie, fixée à %1</translation>
    </message>
    <message>
        <source>f′ undefined</source>
        <translation>f′ non définie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clarke gradient = ∂f(%1) = %2</source>
        <translation>gradient de Clarke = ∂f(%1) = %2</translation>
    </message>
    <message>
        <source>Clarke gradient at %1: %2</source>
        <translation>gradient de Clarke en %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QuotientPanel</name>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>q(h)</source>
        <translation>q(h)</translation>
    </message>
    <message>
        <source>q(h) has no limit as h → %1</source>
        <translation>q(h) n&apos;a pas de limite quand h → %1</translation>
    </message>
    <message>
        <source>q(h) → +∞ as h → %1</source>
        <translation>q(h) → +∞ quand h → %1</translation>
    </message>
    <message>
        <source>q(h) → −∞ as h → %1</source>
        <translation>q(h) → −∞ quand h → %1</translation>
    </message>
    <message>
        <source>f(x₀) is undefined: no quotient exists</source>
        <translation>f(x₀) n&apos;est pas définie&#xa0;: aucun taux n&apos;existe</translation>
    </message>
    <message>
        <source>what q(h) tends to as h → 0 could not be determined</source>
        <translation>la limite de q(h) quand h → 0 n&apos;a pas pu être déterminée</translation>
    </message>
</context>
<context>
    <name>QuotientTable</name>
    <message>
        <source>C&amp;opy as CSV</source>
        <translation>Copier en CS&amp;V</translation>
    </message>
    <message>
        <source>Difference quotients</source>
        <translation>Taux d&apos;accroissement</translation>
    </message>
    <message>
        <source>Put the whole table on the clipboard as CSV (h,q_left,q_right,central), as relu-explorer --quotients prints it</source>
        <translation>Copier tout le tableau dans le presse-papiers en CSV (h,q_left,q_right,central), tel que relu-explorer --quotients l&apos;affiche</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Difference quotients at x = %1, h halved from %2 down to the secant&apos;s h = %3. Halve h ([ or H) to add rows.</source>
        <translation>Taux d&apos;accroissement en x = %1, h divisé par deux de %2 jusqu&apos;au h de la sécante, %3. Divisez h par deux ([ ou H) pour ajouter des lignes.</translation>
    </message>
    <message>
        <source>Difference quotients at x = %1 for h = %2. Halve h ([ or H) to add rows, and watch where each column goes as h shrinks.</source>
        <translation>Taux d&apos;accroissement en x = %1 pour h = %2. Divisez h par deux ([ ou H) pour ajouter des lignes, et voyez où va chaque colonne quand h diminue.</translation>
    </message>
</context>
<context>
    <name>QuotientTableModel</name>
    <message>
        <source>The step h &gt; 0; the last row is the secant&apos;s h</source>
        <translation>Le pas h &gt; 0&#xa0;; la dernière ligne est le h de la sécante</translation>
    </message>
    <message>
        <source>(f(x−h) − f(x)) / (−h): the slope of the secant to the left</source>
        <translation>(f(x−h) − f(x)) / (−h)&#xa0;: la pente de la sécante à gauche</translation>
    </message>
    <message>
        <source>(f(x+h) − f(x)) / h: the slope of the secant to the right</source>
        <translation>(f(x+h) − f(x)) / h&#xa0;: la pente de la sécante à droite</translation>
    </message>
    <message>
        <source>(f(x+h) − f(x−h)) / 2h: the central difference</source>
        <translation>(f(x+h) − f(x−h)) / 2h&#xa0;: le taux centré</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>q(−h)</source>
        <translation>q(−h)</translation>
    </message>
    <message>
        <source>q(+h)</source>
        <translation>q(+h)</translation>
    </message>
    <message>
        <source>central</source>
        <translation>centré</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>le fichier dépasserait la taille permise par ce système</translation>
    </message>
    <message>
        <source>%1, so it is left as it is</source>
        <translation>%1, il est donc laissé tel quel</translation>
    </message>
</context>
<context>
    <name>SecantHControl</name>
    <message>
        <source>h =</source>
        <translation>h =</translation>
    </message>
    <message>
        <source>The secant&apos;s h: right of the middle h &gt; 0, left h &lt; 0; from ±10⁻⁶ in the middle to ±2 at the ends</source>
        <translation>Le h de la sécante&#xa0;: à droite du milieu h &gt; 0, à gauche h &lt; 0&#xa0;; de ±10⁻⁶ au milieu à ±2 aux extrémités</translation>
    </message>
    <message>
        <source>Secant h slider</source>
        <translation>Curseur du h de la sécante</translation>
    </message>
    <message>
        <source>The secant&apos;s h, from ±0.000001 to ±2. The arrows halve or double it.</source>
        <translation>Le h de la sécante, de ±0.000001 à ±2. Les flèches le divisent par deux ou le doublent.</translation>
    </message>
    <message>
        <source>Secant h</source>
        <translation>h de la sécante</translation>
    </message>
    <message>
        <source>The value is h; right of the middle h is positive, left negative</source>
        <translation>La valeur est h&#xa0;; à droite du milieu h est positif, à gauche négatif</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <source>Function: %1</source>
        <translation>Fonction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit the expression</source>
        <translation>Modifier l&apos;expression</translation>
    </message>
    <message>
        <source>Compare with nothing</source>
        <translation>Ne rien comparer</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Comparer avec %1</translation>
    </message>
    <message>
        <source>Convention: %1</source>
        <translation>Convention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide the secant</source>
        <translation>Masquer la sécante</translation>
    </message>
    <message>
        <source>Secant: forward</source>
        <translation>Sécante&#xa0;: en avant</translation>
    </message>
    <message>
        <source>Secant: central</source>
        <translation>Sécante&#xa0;: centrée</translation>
    </message>
    <message>
        <source>Secant: both sides</source>
        <translation>Sécante&#xa0;: des deux côtés</translation>
    </message>
    <message>
        <source>h = %1</source>
        <translation>h = %1</translation>
    </message>
    <message>
        <source>Show the derivative panel</source>
        <translation>Afficher le panneau de la dérivée</translation>
    </message>
    <message>
        <source>Hide the derivative panel</source>
        <translation>Masquer le panneau de la dérivée</translation>
    </message>
    <message>
        <source>Show the difference quotient</source>
        <translation>Afficher le taux d&apos;accroissement</translation>
    </message>
    <message>
        <source>Hide the difference quotient</source>
        <translation>Masquer le taux d&apos;accroissement</translation>
    </message>
    <message>
        <source>Linear h axis</source>
        <translation>Axe h linéaire</translation>
    </message>
    <message>
        <source>Logarithmic h axis</source>
        <translation>Axe h logarithmique</translation>
    </message>
    <message>
        <source>Show the values table</source>
        <translation>Afficher le tableau de valeurs</translation>
    </message>
    <message>
        <source>Hide the values table</source>
        <translation>Masquer le tableau de valeurs</translation>
    </message>
    <message>
        <source>Show the sample points</source>
        <translation>Afficher les points d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Hide the sample points</source>
        <translation>Masquer les points d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Change the sample points</source>
        <translation>Modifier les points d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Equal axis scales</source>
        <translation>Échelles égales sur les axes</translation>
    </message>
    <message>
        <source>Free axis scales</source>
        <translation>Échelles libres sur les axes</translation>
    </message>
    <message>
        <source>Move probe to %1</source>
        <translation>Déplacer le point en %1</translation>
    </message>
    <message>
        <source>Pan or zoom</source>
        <translation>Déplacer ou zoomer</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Intervalle de %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Change the parameters</source>
        <translation>Modifier les paramètres</translation>
    </message>
</context>
<context>
    <name>SessionSnapshot</name>
    <message>
        <source>expression: %1</source>
        <translation>expression&#xa0;: %1</translation>
    </message>
    <message>
        <source>function: %1</source>
        <translation>function&#xa0;: %1</translation>
    </message>
    <message>
        <source>compare: %1</source>
        <translation>compare&#xa0;: %1</translation>
    </message>
    <message>
        <source>probe: %1 is not a finite number</source>
        <translation>probe&#xa0;: %1 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>h: %1 is not between ±%2 and ±%3</source>
        <translation>h&#xa0;: %1 n&apos;est pas compris entre ±%2 et ±%3</translation>
    </message>
    <message>
        <source>view: the x range [%1, %2] cannot be shown: %3</source>
        <translation>view&#xa0;: la plage x [%1, %2] ne peut pas être affichée&#xa0;: %3</translation>
    </message>
    <message>
        <source>view: the y range [%1, %2] cannot be shown: %3</source>
        <translation>view&#xa0;: la plage y [%1, %2] ne peut pas être affichée&#xa0;: %3</translation>
    </message>
    <message>
        <source>samples: from %1 to %2 in steps of %3 is not a grid of at most %4 points</source>
        <translation>samples&#xa0;: de %1 à %2 par pas de %3 ne forme pas une grille d&apos;au plus %4 points</translation>
    </message>
    <message>
        <source>compare: at most %1 functions, not %2</source>
        <translation>compare&#xa0;: au plus %1 fonctions, pas %2</translation>
    </message>
    <message>
        <source>expression: %1 (at character %2)</source>
        <translation>expression&#xa0;: %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>at most %1, not %2</source>
        <translation>au plus %1, pas %2</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 est donné deux fois</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>paramètres&amp;#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: the saved value is not usable</source>
        <translation>%1&#xa0;: la valeur enregistrée est inutilisable</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos; %2, so it was moved to &apos;%3&apos; and the defaults are used</source>
        <translation>le fichier de réglages «&#xa0;%1&#xa0;» %2, il a donc été déplacé vers «&#xa0;%3&#xa0;» et les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos; %2; the defaults are used</source>
        <translation>le fichier de réglages «&#xa0;%1&#xa0;» %2&#xa0;; les valeurs par défaut sont utilisées</translation>
    </message>
    <message>
        <source>is %1 bytes, more than a settings file&apos;s %2</source>
        <translation>fait %1 octets, plus que les %2 d&apos;un fichier de réglages</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos; is damaged; what could not be read uses defaults</source>
        <translation>le fichier de réglages «&#xa0;%1&#xa0;» est endommagé&#xa0;; ce qui n&apos;a pas pu être lu prend sa valeur par défaut</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos;: %2, so it is neither read nor written; the defaults are used</source>
        <translation>le fichier de paramètres «&#xa0;%1&#xa0;»&#xa0;: %2, il n&apos;est donc ni lu ni écrit&#xa0;; les valeurs par défaut s&apos;appliquent</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>est inutilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(dans aucun menu)</translation>
    </message>
    <message>
        <source>Single-key shortcuts can be turned off in View ▸ Single-Key Shortcuts; the commands stay in their menus.</source>
        <translation>Les raccourcis à une touche se désactivent dans Affichage ▸ Raccourcis à une touche&#xa0;; les commandes restent dans leurs menus.</translation>
    </message>
</context>
<context>
    <name>SpokenDescription</name>
    <message>
        <source>%1 gives no value here</source>
        <translation>%1 ne donne pas de valeur ici</translation>
    </message>
    <message>
        <source>%1 uses %2</source>
        <translation>%1 prend %2</translation>
    </message>
    <message>
        <source>the convention takes the left slope, %1</source>
        <translation>la convention prend la pente à gauche, %1</translation>
    </message>
    <message>
        <source>the convention takes the right slope, %1</source>
        <translation>la convention prend la pente à droite, %1</translation>
    </message>
    <message>
        <source>the convention takes the average of both sides, %1</source>
        <translation>la convention prend la moyenne des deux côtés, %1</translation>
    </message>
    <message>
        <source>the convention leaves f prime undefined</source>
        <translation>la convention laisse f prime indéfinie</translation>
    </message>
    <message>
        <source>f is undefined to the left; f tends to %1 from the right</source>
        <translation>f n’est pas définie à gauche&#xa0;; f tend vers %1 à droite</translation>
    </message>
    <message>
        <source>f is undefined to the right; f tends to %1 from the left</source>
        <translation>f n’est pas définie à droite&#xa0;; f tend vers %1 à gauche</translation>
    </message>
    <message>
        <source>f has no limit there, it oscillates</source>
        <translation>f n’y a pas de limite, elle oscille</translation>
    </message>
    <message>
        <source>the limits of f there are not known</source>
        <translation>les limites de f y sont inconnues</translation>
    </message>
    <message>
        <source>f tends to %1 from both sides</source>
        <translation>f tend vers %1 des deux côtés</translation>
    </message>
    <message>
        <source>f tends to %1 from the left and %2 from the right</source>
        <translation>f tend vers %1 à gauche et vers %2 à droite</translation>
    </message>
    <message>
        <source>f of %1 is undefined</source>
        <translation>f de %1 n’est pas définie</translation>
    </message>
    <message>
        <source>f of %1 = %2</source>
        <translation>f de %1 = %2</translation>
    </message>
    <message>
        <source>kink at x = %1, %2: slope %3 from the left, %4 from the right; %5</source>
        <translation>point anguleux en x = %1, %2&#xa0;: pente %3 à gauche, %4 à droite&#xa0;; %5</translation>
    </message>
    <message>
        <source>; the curve&apos;s slope is %1 on the left and %2 on the right</source>
        <translation>&#xa0;; la pente de la courbe est %1 à gauche et %2 à droite</translation>
    </message>
    <message>
        <source>for every x</source>
        <translation>pour tout x</translation>
    </message>
    <message>
        <source>for x less than %1</source>
        <translation>pour x inférieur à %1</translation>
    </message>
    <message>
        <source>for x greater than %1</source>
        <translation>pour x supérieur à %1</translation>
    </message>
    <message>
        <source>for x between %1 and %2</source>
        <translation>pour x entre %1 et %2</translation>
    </message>
    <message>
        <source>%1: a straight line with slope %2, f of x = %3</source>
        <translation>%1&#xa0;: une droite de pente %2, f de x = %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>secants on both sides with h = %1: slope %2 on the left, %3 on the right</source>
        <translation>sécantes des deux côtés avec h = %1&#xa0;: pente %2 à gauche, %3 à droite</translation>
    </message>
    <message>
        <source>central secant with h = %1: slope %2</source>
        <translation>sécante centrale avec h = %1&#xa0;: pente %2</translation>
    </message>
    <message>
        <source>secant with h = %1: slope %2</source>
        <translation>sécante avec h = %1&#xa0;: pente %2</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>l’infini</translation>
    </message>
    <message>
        <source>minus infinity</source>
        <translation>moins l’infini</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation>moins %1</translation>
    </message>
    <message>
        <source>10 to the power %1</source>
        <translation>10 puissance %1</translation>
    </message>
    <message>
        <source>%1 times 10 to the power %2</source>
        <translation>%1 fois 10 puissance %2</translation>
    </message>
    <message>
        <source>f prime minus</source>
        <translation>f prime moins</translation>
    </message>
    <message>
        <source>f prime plus</source>
        <translation>f prime plus</translation>
    </message>
    <message>
        <source>f prime of x</source>
        <translation>f prime de x</translation>
    </message>
    <message>
        <source>f prime</source>
        <translation>f prime</translation>
    </message>
    <message>
        <source>the subdifferential of f</source>
        <translation>le sous-différentiel de f</translation>
    </message>
    <message>
        <source> approximately </source>
        <translation> environ </translation>
    </message>
    <message>
        <source> is not </source>
        <translation> n’est pas </translation>
    </message>
    <message>
        <source> at most </source>
        <translation> au plus </translation>
    </message>
    <message>
        <source> at least </source>
        <translation> au moins </translation>
    </message>
    <message>
        <source>square root of </source>
        <translation>racine carrée de </translation>
    </message>
    <message>
        <source>cube root of </source>
        <translation>racine cubique de </translation>
    </message>
    <message>
        <source>pi</source>
        <translation>pi</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>capital Phi</source>
        <translation>Phi majuscule</translation>
    </message>
    <message>
        <source>phi</source>
        <translation>phi</translation>
    </message>
    <message>
        <source> times </source>
        <translation> fois </translation>
    </message>
    <message>
        <source> squared</source>
        <translation> au carré</translation>
    </message>
    <message>
        <source> cubed</source>
        <translation> au cube</translation>
    </message>
    <message>
        <source> minus </source>
        <translation> moins </translation>
    </message>
    <message>
        <source>minus </source>
        <translation>moins </translation>
    </message>
    <message>
        <source>f of %1</source>
        <translation>f de %1</translation>
    </message>
    <message>
        <source>f prime minus of %1</source>
        <translation>f prime moins de %1</translation>
    </message>
    <message>
        <source>f prime plus of %1</source>
        <translation>f prime plus de %1</translation>
    </message>
    <message>
        <source>f prime of %1</source>
        <translation>f prime de %1</translation>
    </message>
    <message>
        <source>10 to the power minus %1</source>
        <translation>10 puissance moins %1</translation>
    </message>
    <message>
        <source>f of x is undefined</source>
        <translation>f de x n’est pas définie</translation>
    </message>
    <message>
        <source>f of x = %1</source>
        <translation>f de x = %1</translation>
    </message>
    <message>
        <source>x = %1, %2, slope undefined</source>
        <translation>x = %1, %2, pente indéfinie</translation>
    </message>
    <message>
        <source>x = %1, %2, slope %3</source>
        <translation>x = %1, %2, pente %3</translation>
    </message>
    <message>
        <source>Function: f of x = %1.</source>
        <translation>Fonction&#xa0;: f de x = %1.</translation>
    </message>
    <message>
        <source>Function: %1, f of x = %2.</source>
        <translation>Fonction&#xa0;: %1, f de x = %2.</translation>
    </message>
    <message>
        <source>View: x from %1 to %2, y from %3 to %4.</source>
        <translation>Vue&#xa0;: x de %1 à %2, y de %3 à %4.</translation>
    </message>
    <message>
        <source>Pieces in view: %1.</source>
        <translation>Morceaux dans la vue&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more pieces.</source>
        <translation>
            <numerusform>et %n autre morceau.</numerusform>
            <numerusform>et %n autres morceaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>No kink, jump or other breakpoint in view: f is differentiable at every x in view.</source>
        <translation>Aucun point anguleux, saut ni autre point singulier dans la vue&#xa0;: f est dérivable en tout x de la vue.</translation>
    </message>
    <message>
        <source>No breakpoint found in view.</source>
        <translation>Aucun point singulier trouvé dans la vue.</translation>
    </message>
    <message>
        <source>Breakpoints in view: %1.</source>
        <translation>Points singuliers dans la vue&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more breakpoints.</source>
        <translation>
            <numerusform>et %n autre point singulier.</numerusform>
            <numerusform>et %n autres points singuliers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Convention at kinks: %1.</source>
        <translation>Convention aux points anguleux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Probe: %1.</source>
        <translation>Point&#xa0;: %1.</translation>
    </message>
    <message>
        <source>minus x</source>
        <translation>moins x</translation>
    </message>
    <message>
        <source>%1 times x</source>
        <translation>%1 fois x</translation>
    </message>
    <message>
        <source>%1 plus %2</source>
        <translation>%1 plus %2</translation>
    </message>
    <message>
        <source>%1 minus %2</source>
        <translation>%1 moins %2</translation>
    </message>
    <message>
        <source>whether f prime exists there is not known</source>
        <translation>on ne sait pas si f prime y existe</translation>
    </message>
    <message>
        <source>f prime does not exist</source>
        <translation>f prime n’existe pas</translation>
    </message>
    <message>
        <source>%1 at x = %2: %3, %4; %5</source>
        <translation>%1 en x = %2&#xa0;: %3, %4&#xa0;; %5</translation>
    </message>
    <message>
        <source>f is undefined everywhere in view.</source>
        <translation>f n’est définie nulle part dans la vue.</translation>
    </message>
    <message>
        <source>No kink, jump or other breakpoint in view: f is differentiable wherever it is defined in view.</source>
        <translation>Aucun point anguleux, saut ni autre point singulier dans la vue&#xa0;: f est dérivable partout où elle est définie dans la vue.</translation>
    </message>
</context>
<context>
    <name>SymbolicDerivative</name>
    <message>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
</context>
<context>
    <name>ThemeSwitcher</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Colours of the plots; blue, green and red keep their meaning</source>
        <translation>Couleurs des graphiques&#xa0;; le bleu, le vert et le rouge gardent leur sens</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Co&amp;ntraste élevé</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <source>the start (%1) is greater than the end (%2)</source>
        <translation>le début (%1) est plus grand que la fin (%2)</translation>
    </message>
    <message>
        <source>the step must be a finite number</source>
        <translation>le pas doit être un nombre fini</translation>
    </message>
    <message>
        <source>the start and the end must be finite numbers</source>
        <translation>le début et la fin doivent être des nombres finis</translation>
    </message>
    <message>
        <source>the step (%1) must be greater than 0</source>
        <translation>le pas (%1) doit être supérieur à 0</translation>
    </message>
    <message>
        <source>the table would have more than %1 rows; use a larger step</source>
        <translation>le tableau aurait plus de %1 lignes ; utilisez un pas plus grand</translation>
    </message>
    <message>
        <source>the step (%1) is finer than the numbers near %2 can be told apart</source>
        <translation>le pas (%1) est plus fin que ce qui distingue les nombres proches de %2</translation>
    </message>
</context>
<context>
    <name>ValuesTable</name>
    <message>
        <source>Show the sample points on the curve</source>
        <translation>Afficher les points d&apos;échantillonnage sur la courbe</translation>
    </message>
    <message>
        <source>The first sample x (numpy: arange&apos;s start)</source>
        <translation>Le premier x échantillonné (numpy&#xa0;: start de arange)</translation>
    </message>
    <message>
        <source>The last sample x, included</source>
        <translation>Le dernier x échantillonné, inclus</translation>
    </message>
    <message>
        <source>The distance between samples</source>
        <translation>L&apos;écart entre les points d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Samples from</source>
        <translation>Points d&apos;échantillonnage de</translation>
    </message>
    <message>
        <source>Samples to</source>
        <translation>Points d&apos;échantillonnage jusqu&apos;à</translation>
    </message>
    <message>
        <source>Samples step</source>
        <translation>Pas des points d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>d&amp;e</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;jusqu&apos;à</translation>
    </message>
    <message>
        <source>ste&amp;p</source>
        <translation>&amp;pas</translation>
    </message>
    <message>
        <source>Values table</source>
        <translation>Tableau de valeurs</translation>
    </message>
    <message>
        <source>Click a row to move the probe there</source>
        <translation>Cliquez sur une ligne pour y amener le point mobile</translation>
    </message>
    <message>
        <source>from must not pass to, and at most %1 points</source>
        <translation>«&#xa0;de&#xa0;» ne doit pas dépasser «&#xa0;jusqu&apos;à&#xa0;», et au plus %1 points</translation>
    </message>
    <message>
        <source>f(x) on a &amp;grid</source>
        <translation>f(x) sur une &amp;grille</translation>
    </message>
    <message>
        <source>q(h) at the p&amp;robe</source>
        <translation>q(h) au point &amp;mobile</translation>
    </message>
    <message>
        <source>x, f(x) and its derivatives at evenly spaced points</source>
        <translation>x, f(x) et ses dérivées en des points régulièrement espacés</translation>
    </message>
    <message>
        <source>The difference quotients at the probe as h shrinks</source>
        <translation>Les taux d&apos;accroissement au point mobile quand h diminue</translation>
    </message>
    <message>
        <source>Draw markers at the sample points, like the notebook&apos;s &apos;o-&apos; figure (View ▸ Sample Points)</source>
        <translation>Dessiner des marqueurs aux points d’échantillonnage, comme dans la figure &apos;o-&apos; du notebook (Affichage ▸ Points d’échantillonnage)</translation>
    </message>
</context>
<context>
    <name>ValuesTableModel</name>
    <message>
        <source>undefined</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>f′₋(x)</source>
        <translation>f′₋(x)</translation>
    </message>
    <message>
        <source>f′₊(x)</source>
        <translation>f′₊(x)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>could not write the table to standard output</source>
        <translation>impossible d&apos;écrire le tableau sur la sortie standard</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos; %2; the figure uses the defaults</source>
        <translation>le fichier de réglages «&#xa0;%1&#xa0;» %2&#xa0;; la figure utilise les valeurs par défaut</translation>
    </message>
    <message>
        <source>some settings could not be used and were reset: %1</source>
        <translation>certains réglages étaient inutilisables et ont été réinitialisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>no display found. Render without a window with &apos;relu-explorer --export figure.png&apos;, or start the window under a virtual display with &apos;xvfb-run relu-explorer&apos;.</source>
        <translation>aucun affichage trouvé. Faites le rendu sans fenêtre avec «&#xa0;relu-explorer --export figure.png&#xa0;», ou lancez la fenêtre dans un affichage virtuel avec «&#xa0;xvfb-run relu-explorer&#xa0;».</translation>
    </message>
    <message>
        <source> (see relu-explorer --help)</source>
        <translation> (voir relu-explorer --help)</translation>
    </message>
    <message>
        <source>could not write the list to standard output</source>
        <translation>impossible d&apos;écrire la liste sur la sortie standard</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
</context>
</TS>
