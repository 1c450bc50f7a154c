<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>min_val (%1) muss kleiner als max_val (%2) sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/activationcatalog.cpp" line="345"/>
        <source>%1 takes %n parameter(s)</source>
        <translation>
            <numerusform>%1 erwartet %n Parameter</numerusform>
            <numerusform>%1 erwartet %n Parameter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="350"/>
        <source>%1 of %2 must be one of %3</source>
        <translation>%1 von %2 muss einer der Werte %3 sein</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="351"/>
        <source>%1=%2 is out of range for %3: use %4 to %5</source>
        <translation>%1=%2 liegt außerhalb des Bereichs für %3: erlaubt sind %4 bis %5</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="359"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="379"/>
        <source>unknown function &apos;%1&apos;; choose one of %2</source>
        <translation>unbekannte Funktion „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="395"/>
        <source>%1 takes no parameters, got &apos;%2&apos;</source>
        <translation>%1 hat keine Parameter, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="396"/>
        <source>unknown parameter &apos;%1&apos; for %2; it takes %3</source>
        <translation>unbekannter Parameter „%1“ für %2; möglich sind: %3</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="400"/>
        <source>parameter &apos;%1&apos; of %2 needs a value, as in %1=%3</source>
        <translation>Parameter „%1“ von %2 braucht einen Wert, etwa %1=%3</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="407"/>
        <source>%1 of %2 must be one of %3, got &apos;%4&apos;</source>
        <translation>%1 von %2 muss einer der Werte %3 sein, erhalten: „%4“</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="415"/>
        <source>%1 of %2 expects a finite number, got &apos;%3&apos;</source>
        <translation>%1 von %2 erwartet eine endliche Zahl, erhalten: „%3“</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="443"/>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="445"/>
        <source>%1=%2 (%3 to %4)</source>
        <translation>%1=%2 (%3 bis %4)</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="452"/>
        <source>%1  parameters: %2  kinks: %3</source>
        <translation>%1  Parameter: %2  Knicke: %3</translation>
    </message>
    <message>
        <location filename="../../core/activationcatalog.cpp" line="453"/>
        <location filename="../../core/activationcatalog.cpp" line="454"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="22"/>
        <source>Render the view to FILE (.png, .pdf or .svg) and exit.</source>
        <translation>Die Ansicht als DATEI (.png, .pdf oder .svg) speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="23"/>
        <location filename="../../app/commandline.cpp" line="73"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="25"/>
        <source>Size of the exported figure in pixels (default 700x700).</source>
        <translation>Größe der exportierten Grafik in Pixeln (Standard 700x700).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="26"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="28"/>
        <source>Put the probe at x = X (default 2).</source>
        <translation>Den Messpunkt auf x = X setzen (Standard 2).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="29"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="31"/>
        <source>Value reported for f′ at a kink: %1 (default framework).</source>
        <translation>Wert, der für f′ an einem Knick angegeben wird: %1 (Standard framework).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="33"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="35"/>
        <source>Print x, f(x), f′(x), f′₋(x) and f′₊(x) as CSV and exit.</source>
        <translation>x, f(x), f′(x), f′₋(x) und f′₊(x) als CSV ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="36"/>
        <source>First x of --table (default -4).</source>
        <translation>Erstes x von --table (Standard -4).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="37"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="38"/>
        <source>Last x of --table (default 4).</source>
        <translation>Letztes x von --table (Standard 4).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="39"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="40"/>
        <source>Step between the x of --table (default 1).</source>
        <translation>Schrittweite zwischen den x von --table (Standard 1).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="41"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="43"/>
        <source>The function: NAME or NAME:param=value,... such as leaky_relu:negative_slope=0.2 (see --list-functions; default relu).</source>
        <translation>Die Funktion: NAME oder NAME:param=wert,... etwa leaky_relu:negative_slope=0.2 (siehe --list-functions; Standard relu).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="46"/>
        <source>SPEC</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="48"/>
        <source>Your own f(x) in muparser syntax, such as &quot;max(0, x)&quot;; its derivative is numerical.</source>
        <translation>Eigenes f(x) in muparser-Syntax, etwa &quot;max(0, x)&quot;; die Ableitung wird numerisch berechnet.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="50"/>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="52"/>
        <source>Draw these functions faintly beside it, such as gelu,silu.</source>
        <translation>Diese Funktionen blass daneben zeichnen, etwa gelu,silu.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="53"/>
        <source>SPEC,...</source>
        <translation>FUNKTION,...</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="55"/>
        <source>List the built-in functions with their parameters and kinks.</source>
        <translation>Die eingebauten Funktionen mit ihren Parametern und Knicken auflisten.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="57"/>
        <source>Explicit x values for --table, instead of --from/--to/--step.</source>
        <translation>Explizite x-Werte für --table, statt --from/--to/--step.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="58"/>
        <source>X,...</source>
        <translation>X,...</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="60"/>
        <source>Presentation mode: full screen and large type; with --export, a figure for slides.</source>
        <translation>Präsentationsmodus: Vollbild und große Schrift; mit --export eine Grafik für Folien.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="63"/>
        <source>Colours: light, dark or system (default: the saved choice; light for --export).</source>
        <translation>Farben: light, dark oder system (Standard: die gespeicherte Wahl; light bei --export).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="65"/>
        <source>THEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="67"/>
        <source>The language of the window and figures: en, de or fr (default: the system&apos;s).</source>
        <translation>Sprache von Fenster und Grafiken: en, de oder fr (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="69"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="71"/>
        <source>Use this settings file instead of your own; with --export, render the session it holds.</source>
        <translation>Diese Einstellungsdatei statt der eigenen verwenden; mit --export die darin gespeicherte Sitzung zeichnen.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="75"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="77"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="82"/>
        <source>ReLU Explorer: drag a point along f(x) = max(0, x), or another activation, and see its slope, its kinks, and what programs choose for f′ there.
Without options it opens the window. --export and --table need no display.</source>
        <translation>ReLU Explorer: Ziehen Sie einen Punkt entlang f(x) = max(0, x) oder einer anderen Aktivierungsfunktion und sehen Sie seine Steigung, die Knicke und was Programme dort für f′ wählen.
Ohne Optionen öffnet sich das Fenster. --export und --table brauchen kein Display.</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="88"/>
        <source>A lesson file to open (saved with File ▸ Save Lesson As).</source>
        <translation>Eine zu öffnende Lektionsdatei (gespeichert mit Datei ▸ Lektion speichern unter).</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="89"/>
        <source>[lesson.json]</source>
        <translation>[lesson.json]</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="105"/>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 erwartet eine Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="107"/>
        <source>--%1 must be a finite number, got &apos;%2&apos;</source>
        <translation>--%1 muss eine endliche Zahl sein, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="148"/>
        <source>unexpected argument &apos;%1&apos;; give at most one lesson file</source>
        <translation>unerwartetes Argument „%1“; höchstens eine Lektionsdatei angeben</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="170"/>
        <source>--function and --expression cannot be combined; give one of them</source>
        <translation>--function und --expression lassen sich nicht kombinieren; nur eine der beiden angeben</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="176"/>
        <source>--function: %1</source>
        <translation>--function: %1</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="184"/>
        <source>--expression: %1 (at character %2)</source>
        <translation>--expression: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="185"/>
        <source>--expression: %1</source>
        <translation>--expression: %1</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="193"/>
        <source>--compare: %1</source>
        <translation>--compare: %1</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="202"/>
        <source>--export and --table cannot be combined; run them one at a time</source>
        <translation>--export und --table lassen sich nicht kombinieren; nacheinander ausführen</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="207"/>
        <source>--%1 only applies to --table</source>
        <translation>--%1 gilt nur für --table</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="212"/>
        <source>--size only applies to --export</source>
        <translation>--size gilt nur für --export</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="220"/>
        <source>unknown --convention &apos;%1&apos;; use one of %2</source>
        <translation>unbekannter Wert für --convention: „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="230"/>
        <source>unknown --theme &apos;%1&apos;; use light, dark or system</source>
        <translation>unbekannter Wert für --theme: „%1“; möglich sind light, dark oder system</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="239"/>
        <source>--settings needs a file, got &apos;%1&apos;</source>
        <translation>--settings braucht eine Datei, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="243"/>
        <source>--settings: the directory &apos;%1&apos; does not exist</source>
        <translation>--settings: das Verzeichnis „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="247"/>
        <source>--settings applies to the window and --export, not to --table</source>
        <translation>--settings gilt für das Fenster und --export, nicht für --table</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="256"/>
        <source>unknown --lang &apos;%1&apos;; use one of %2</source>
        <translation>unbekannter Wert für --lang: „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="261"/>
        <source>--presentation and --theme apply to the figure, not to --table</source>
        <translation>--presentation und --theme gelten für die Grafik, nicht für --table</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="271"/>
        <source>--compare applies to the figure, not to --table</source>
        <translation>--compare gilt für die Grafik, nicht für --table</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="279"/>
        <source>use either --at or --from/--to/--step, not both</source>
        <translation>entweder --at oder --from/--to/--step verwenden, nicht beides</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="285"/>
        <source>--at has more than 10,000,000 values</source>
        <translation>--at hat mehr als 10&#xa0;000&#xa0;000 Werte</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="292"/>
        <source>--at expects numbers separated by commas, got &apos;%1&apos;</source>
        <translation>--at erwartet durch Kommas getrennte Zahlen, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="325"/>
        <source>--size expects WIDTHxHEIGHT in pixels, such as 700x700, got &apos;%1&apos;</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, etwa 700x700, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../../app/commandline.cpp" line="327"/>
        <source>--size %1: each side must be between %2 and %3 pixels</source>
        <translation>--size %1: jede Seite muss zwischen %2 und %3 Pixel lang sein</translation>
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
        <translation>Linksseitige Ableitung</translation>
    </message>
    <message>
        <location filename="../../core/derivativeconvention.cpp" line="56"/>
        <source>Right derivative</source>
        <translation>Rechtsseitige Ableitung</translation>
    </message>
    <message>
        <location filename="../../core/derivativeconvention.cpp" line="57"/>
        <source>Average of both sides</source>
        <translation>Mittelwert beider Seiten</translation>
    </message>
    <message>
        <location filename="../../core/derivativeconvention.cpp" line="58"/>
        <source>Undefined</source>
        <translation>Undefiniert</translation>
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
        <translation>&lt;h3&gt;Warum wählen Programme am Knick einen Wert?&lt;/h3&gt;&lt;p&gt;Bei x = 0 hat ReLU eine Ecke. Von links kommend ist die Steigung 0, von rechts kommend ist sie 1. Jede Gerade durch die Ecke mit einer Steigung zwischen 0 und 1 bleibt unterhalb des Graphen. Es gibt also keine eindeutige Tangente, und f′(0) existiert nicht.&lt;/p&gt;&lt;p&gt;Ein neuronales Netz braucht dort trotzdem eine Zahl: Die Backpropagation multipliziert alle Gradienten entlang des Weges. Also legt jede Bibliothek einfach einen Wert fest. Diese Entscheidung spielt fast nie eine Rolle, denn eine Eingabe landet nur sehr selten genau auf 0: Der Knick ist ein einzelner Punkt, eine Nullmenge. Die Wahl von 0 hat einen angenehmen Nebeneffekt: Ein Neuron, das 0 ausgibt, gibt auch keinen Gradienten zurück, und so bleiben die Gradienten dünn besetzt (sparse).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was PyTorch 1.13 bei 0 berechnet&lt;/b&gt; (python3-torch aus Debian):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;torch.relu(x)&lt;/tt&gt;: f′(0) = 0&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt;: f′(0) = 1, weil clamp den Gradienten überall dort weitergibt, wo x ≥ min&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.maximum(x, torch.zeros_like(x))&lt;/tt&gt;: f′(0) = ½, weil bei Gleichstand der Gradient auf beide Eingaben aufgeteilt wird&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Alle drei berechnen dieselben Werte max(0, x). Nur die Ableitung am Knick unterscheidet sich, und im Menü &lt;i&gt;Konvention&lt;/i&gt; können Sie wählen, welche die App anzeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/explanations.cpp" line="29"/>
        <source>&lt;h3&gt;Why the central difference says ½ at the kink&lt;/h3&gt;&lt;p&gt;The central difference (f(x+h) − f(x−h)) / 2h looks at both sides of x at once. Where f is smooth it approaches f′(x), and faster than a one-sided secant.&lt;/p&gt;&lt;p&gt;At ReLU&apos;s kink it is ½ for every h: it averages the slope 0 on the left with the slope 1 on the right. But a derivative needs the secant slopes to approach &lt;i&gt;one&lt;/i&gt; value from &lt;i&gt;both&lt;/i&gt; sides. Shrink h and watch: from the right the slope stays 1, from the left it stays 0. The two one-sided limits differ, so f′(0) does not exist, and ½ is only their average, one of the many lines through the corner, picked by the symmetry of the formula rather than by the function.&lt;/p&gt;&lt;p&gt;Numerical tools that differentiate with central differences report 0.5 at the kink for exactly this reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warum der zentrale Differenzenquotient am Knick ½ ergibt&lt;/h3&gt;&lt;p&gt;Der zentrale Differenzenquotient (f(x+h) − f(x−h)) / 2h betrachtet beide Seiten von x zugleich. Wo f glatt ist, nähert er sich f′(x), und zwar schneller als eine einseitige Sekante.&lt;/p&gt;&lt;p&gt;Am Knick von ReLU ist er für jedes h gleich ½: Er mittelt die Steigung 0 links und die Steigung 1 rechts. Für eine Ableitung müssen sich die Sekantensteigungen aber von &lt;i&gt;beiden&lt;/i&gt; Seiten &lt;i&gt;einem&lt;/i&gt; Wert nähern. Verkleinern Sie h und beobachten Sie: Von rechts bleibt die Steigung 1, von links bleibt sie 0. Die beiden einseitigen Grenzwerte sind verschieden, also existiert f′(0) nicht, und ½ ist nur ihr Mittelwert: eine der vielen Geraden durch die Ecke, ausgewählt durch die Symmetrie der Formel und nicht durch die Funktion.&lt;/p&gt;&lt;p&gt;Numerische Werkzeuge, die mit zentralen Differenzenquotienten ableiten, geben genau aus diesem Grund am Knick 0.5 aus.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExplorerActions</name>
    <message>
        <location filename="../../app/exploreractions.cpp" line="16"/>
        <source>&amp;Derivative Panel</source>
        <translation>&amp;Ableitungsdiagramm</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="17"/>
        <source>Show f′ in a panel under the function</source>
        <translation>f′ in einem eigenen Diagramm unter der Funktion zeigen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="20"/>
        <source>&amp;Reset View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="21"/>
        <source>Back to the notebook&apos;s view: x from -4.4 to 4.4, y from -1 to 5 (or double-click the plot)</source>
        <translation>Zurück zur Ansicht des Notebooks: x von -4.4 bis 4.4, y von -1 bis 5 (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="25"/>
        <source>Step &amp;Left</source>
        <translation>Schritt nach &amp;links</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="25"/>
        <source>Move the probe one step left</source>
        <translation>Den Messpunkt einen Schritt nach links bewegen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="26"/>
        <source>Step &amp;Right</source>
        <translation>Schritt nach &amp;rechts</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="26"/>
        <source>Move the probe one step right</source>
        <translation>Den Messpunkt einen Schritt nach rechts bewegen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="27"/>
        <source>&amp;Fine Step Left</source>
        <translation>&amp;Feinschritt nach links</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="28"/>
        <source>Move the probe a tenth of a step left</source>
        <translation>Den Messpunkt um ein Zehntel Schritt nach links bewegen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="29"/>
        <source>F&amp;ine Step Right</source>
        <translation>F&amp;einschritt nach rechts</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="30"/>
        <source>Move the probe a tenth of a step right</source>
        <translation>Den Messpunkt um ein Zehntel Schritt nach rechts bewegen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="37"/>
        <source>To the Left &amp;Edge</source>
        <translation>Zum linken Ra&amp;nd</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="37"/>
        <source>Move the probe to the left edge of the view</source>
        <translation>Den Messpunkt an den linken Rand der Ansicht setzen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="38"/>
        <source>To the Right E&amp;dge</source>
        <translation>Zum rechten Ran&amp;d</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="38"/>
        <source>Move the probe to the right edge of the view</source>
        <translation>Den Messpunkt an den rechten Rand der Ansicht setzen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="41"/>
        <source>To the &amp;Kink</source>
        <translation>Zum &amp;Knick</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="42"/>
        <source>Put the probe exactly on the kink (again: the next kink)</source>
        <translation>Den Messpunkt genau auf den Knick setzen (erneut: auf den nächsten Knick)</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="50"/>
        <source>Report f′ at a kink as: %1</source>
        <translation>f′ an einem Knick angeben als: %1</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="56"/>
        <source>&amp;Next Convention</source>
        <translation>&amp;Nächste Konvention</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="56"/>
        <source>Cycle through the conventions</source>
        <translation>Die Konventionen der Reihe nach durchgehen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="59"/>
        <source>Show &amp;Secant</source>
        <translation>&amp;Sekante zeigen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="60"/>
        <source>Draw the secant through the probe and a second point h away, and its slope</source>
        <translation>Die Sekante durch den Messpunkt und einen zweiten Punkt im Abstand h zeichnen, samt ihrer Steigung</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="66"/>
        <source>&amp;One-Sided: (f(x+h) − f(x)) / h</source>
        <translation>&amp;Einseitig: (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="66"/>
        <source>The secant through x and x + h</source>
        <translation>Die Sekante durch x und x + h</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="67"/>
        <source>&amp;Central: (f(x+h) − f(x−h)) / 2h</source>
        <translation>&amp;Zentral: (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="68"/>
        <source>The secant through x − h and x + h; at a kink it averages both sides</source>
        <translation>Die Sekante durch x − h und x + h; an einem Knick mittelt sie beide Seiten</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="75"/>
        <source>&amp;Halve h</source>
        <translation>h &amp;halbieren</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="75"/>
        <source>Bring the secant&apos;s second point twice as close</source>
        <translation>Den zweiten Punkt der Sekante doppelt so nah heranholen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="76"/>
        <source>&amp;Double h</source>
        <translation>h &amp;verdoppeln</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="76"/>
        <source>Move the secant&apos;s second point twice as far</source>
        <translation>Den zweiten Punkt der Sekante doppelt so weit entfernen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="77"/>
        <source>&amp;Flip h to the Other Side</source>
        <translation>h auf die &amp;andere Seite setzen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="78"/>
        <source>Change the sign of h: look at the other side of x</source>
        <translation>Das Vorzeichen von h umkehren: die andere Seite von x betrachten</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="82"/>
        <source>Shrink h Step by Step</source>
        <translation>h schrittweise verkleinern</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="83"/>
        <source>Halve h again and again and watch the secant&apos;s slope</source>
        <translation>h immer wieder halbieren und die Steigung der Sekante beobachten</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="195"/>
        <source>Compare &amp;With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="206"/>
        <source>Draw %1 faintly beside the function</source>
        <translation>%1 blass neben der Funktion zeichnen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="213"/>
        <source>Your &amp;Own f(x)…</source>
        <translation>&amp;Eigenes f(x)…</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="214"/>
        <source>Type your own function in the expression box</source>
        <translation>Eine eigene Funktion in das Ausdrucksfeld eingeben</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="215"/>
        <source>&amp;Clear Comparisons</source>
        <translation>Vergleiche &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="215"/>
        <source>Draw the function alone again</source>
        <translation>Die Funktion wieder allein zeichnen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="28"/>
        <source>Reset &amp;All</source>
        <translation>&amp;Alles zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="29"/>
        <source>Back to the first start: ReLU, the notebook&apos;s view, the probe at 2</source>
        <translation>Zurück zum ersten Start: ReLU, die Ansicht des Notebooks, der Messpunkt bei 2</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="36"/>
        <source>&amp;Values Table</source>
        <translation>&amp;Wertetabelle</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="37"/>
        <source>The notebook&apos;s table of x, f(x) and the derivatives at the sample points</source>
        <translation>Die Tabelle aus dem Notebook: x, f(x) und die Ableitungen an den Stützstellen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="31"/>
        <source>Sample &amp;Points</source>
        <translation>&amp;Stützstellen</translation>
    </message>
    <message>
        <location filename="../../app/exploreractions.cpp" line="32"/>
        <source>Markers at x = -4, -3, ..., 4, like the notebook&apos;s first figure</source>
        <translation>Markierungen bei x = -4, -3, ..., 4, wie in der ersten Grafik des Notebooks</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <location filename="../../core/explorerstate.cpp" line="24"/>
        <source>it is not finite</source>
        <translation>er ist nicht endlich</translation>
    </message>
    <message>
        <location filename="../../core/explorerstate.cpp" line="26"/>
        <source>it reaches past ±%1</source>
        <translation>er reicht über ±%1 hinaus</translation>
    </message>
    <message>
        <location filename="../../core/explorerstate.cpp" line="28"/>
        <source>it runs backwards</source>
        <translation>er verläuft rückwärts</translation>
    </message>
    <message>
        <location filename="../../core/explorerstate.cpp" line="30"/>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <location filename="../../core/explorerstate.cpp" line="32"/>
        <source>it is narrower than %1</source>
        <translation>er ist schmaler als %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/exportdialog.cpp" line="38"/>
        <location filename="../../app/exportdialog.cpp" line="105"/>
        <source>Export Figure</source>
        <translation>Grafik exportieren</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="39"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="39"/>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="39"/>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="40"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="41"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="44"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="48"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="49"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="54"/>
        <source>PNG pixels per figure pixel: 2 × is sharp on high-resolution screens and slides</source>
        <translation>PNG-Pixel pro Grafikpixel: 2 × ist auf hochauflösenden Bildschirmen und Folien scharf</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="55"/>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="60"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="69"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="70"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="71"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="72"/>
        <source>S&amp;cale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <location filename="../../app/exportdialog.cpp" line="105"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg)</translation>
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
        <translation>f′(x), numerisch</translation>
    </message>
    <message>
        <location filename="../../core/expressionactivation.cpp" line="276"/>
        <source>enter f(x) in terms of x, such as max(0, x)</source>
        <translation>f(x) in Abhängigkeit von x eingeben, etwa max(0, x)</translation>
    </message>
    <message>
        <location filename="../../core/expressionactivation.cpp" line="280"/>
        <source>the expression has %1 characters; at most %2 are allowed</source>
        <translation>der Ausdruck hat %1 Zeichen; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <location filename="../../core/expressionactivation.cpp" line="293"/>
        <source>f(x) is not a real number anywhere from -10 to 10</source>
        <translation>f(x) ist nirgends zwischen -10 und 10 eine reelle Zahl</translation>
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
        <translation>eigene Funktion, z. B. max(0, x) oder x*(x&gt;0)</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="20"/>
        <source>Type f(x) with the variable x, in muparser syntax: + - * / ^, max, min, abs, exp, log, tanh, sigmoid, relu, comparisons such as (x&gt;0). The derivative is computed numerically and kinks are found automatically.</source>
        <translation>Geben Sie f(x) mit der Variablen x in muparser-Syntax ein: + - * / ^, max, min, abs, exp, log, tanh, sigmoid, relu, Vergleiche wie (x&gt;0). Die Ableitung wird numerisch berechnet, Knicke werden automatisch gefunden.</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="23"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="25"/>
        <source>Expression status</source>
        <translation>Status des Ausdrucks</translation>
    </message>
    <message>
        <location filename="../../widgets/expressioneditor.cpp" line="72"/>
        <source> at character %1</source>
        <translation> bei Zeichen %1</translation>
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
            <numerusform>✓ f′ numerisch; %n Knick gefunden</numerusform>
            <numerusform>✓ f′ numerisch; %n Knicke gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpressionEvaluator</name>
    <message>
        <location filename="../../core/expressionevaluator.cpp" line="104"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <location filename="../../core/expressionevaluator.cpp" line="115"/>
        <source>write one expression, without commas between expressions</source>
        <translation>nur einen Ausdruck schreiben, ohne Kommas zwischen Ausdrücken</translation>
    </message>
    <message>
        <location filename="../../core/expressionevaluator.cpp" line="124"/>
        <source>the expression is not valid: %1</source>
        <translation>der Ausdruck ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <location filename="../../app/figureexporter.cpp" line="30"/>
        <source>the export path is empty</source>
        <translation>der Exportpfad ist leer</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="33"/>
        <source>cannot export to &apos;%1&apos;: it is a directory</source>
        <translation>Export nach „%1“ nicht möglich: das ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="37"/>
        <source>cannot export to &apos;%1&apos;: add .png, .pdf or .svg to the name</source>
        <translation>Export nach „%1“ nicht möglich: den Namen um .png, .pdf oder .svg ergänzen</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="38"/>
        <source>cannot export to &apos;%1&apos;: unsupported format &apos;.%2&apos;; use .png, .pdf or .svg</source>
        <translation>Export nach „%1“ nicht möglich: Format „.%2“ wird nicht unterstützt; .png, .pdf oder .svg verwenden</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="43"/>
        <source>cannot export to &apos;%1&apos;: the directory &apos;%2&apos; does not exist</source>
        <translation>Export nach „%1“ nicht möglich: das Verzeichnis „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="46"/>
        <source>cannot export to &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>Export nach „%1“ nicht möglich: „%2“ ist kein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="49"/>
        <source>cannot export to &apos;%1&apos;: no permission to write in &apos;%2&apos;</source>
        <translation>Export nach „%1“ nicht möglich: keine Schreibberechtigung in „%2“</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="52"/>
        <source>cannot export to &apos;%1&apos;: the file is read-only</source>
        <translation>Export nach „%1“ nicht möglich: die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="80"/>
        <location filename="../../app/figureexporter.cpp" line="95"/>
        <source>ReLU Explorer figure</source>
        <translation>Grafik aus ReLU Explorer</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="108"/>
        <source>cannot export at %1x%2: each side must be between %3 and %4 pixels</source>
        <translation>Export mit %1x%2 nicht möglich: jede Seite muss zwischen %3 und %4 Pixel lang sein</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="122"/>
        <source>cannot write &apos;%1&apos;: the figure could not be rendered</source>
        <translation>„%1“ kann nicht geschrieben werden: die Grafik ließ sich nicht zeichnen</translation>
    </message>
    <message>
        <location filename="../../app/figureexporter.cpp" line="126"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>rendering failed</source>
        <translation type="vanished">das Rendern ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FunctionChooser</name>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="23"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="25"/>
        <source>Type part of a name to filter the functions; Enter picks the first match</source>
        <translation>Einen Teil des Namens eingeben, um die Funktionen zu filtern; Enter wählt den ersten Treffer</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="26"/>
        <source>Search functions</source>
        <translation>Funktionen suchen</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="33"/>
        <source>your own f(x)…</source>
        <translation>eigenes f(x)…</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="34"/>
        <source>Type f(x) in the expression box</source>
        <translation>f(x) in das Ausdrucksfeld eingeben</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="35"/>
        <source>The function to explore; PyTorch&apos;s names</source>
        <translation>Die zu untersuchende Funktion; Namen wie in PyTorch</translation>
    </message>
    <message>
        <location filename="../../widgets/functionchooser.cpp" line="36"/>
        <source>Function</source>
        <translation>Funktion</translation>
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
        <translation>%1 undefiniert, gesetzt auf %2 (numerisch)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="45"/>
        <source>%1 undefined, set to %2</source>
        <translation>%1 undefiniert, gesetzt auf %2</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="47"/>
        <source>%1 undefined, set to %2 (left side)</source>
        <translation>%1 undefiniert, gesetzt auf %2 (linke Seite)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="49"/>
        <source>%1 undefined, set to %2 (right side)</source>
        <translation>%1 undefiniert, gesetzt auf %2 (rechte Seite)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="51"/>
        <source>%1 undefined, set to %2 (average)</source>
        <translation>%1 undefiniert, gesetzt auf %2 (Mittelwert)</translation>
    </message>
    <message>
        <location filename="../../core/kink.cpp" line="55"/>
        <source>%1 undefined</source>
        <translation>%1 undefiniert</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <location filename="../../app/lessonfile.cpp" line="39"/>
        <source>&apos;%1&apos; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="50"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="61"/>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="73"/>
        <source>&apos;%1&apos; must be a list of function names</source>
        <translation>„%1“ muss eine Liste von Funktionsnamen sein</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="88"/>
        <source>&apos;view.%1&apos; must be two numbers, [from, to]</source>
        <translation>„view.%1“ muss aus zwei Zahlen bestehen, [von, bis]</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="99"/>
        <source>&apos;%1&apos; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="142"/>
        <source>not a lesson file: %1 at byte %2</source>
        <translation>keine Lektionsdatei: %1 bei Byte %2</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="144"/>
        <source>not a lesson file: it holds no JSON object</source>
        <translation>keine Lektionsdatei: sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="147"/>
        <source>not a lesson file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>keine Lektionsdatei: &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="150"/>
        <source>the lesson file has no whole-number &quot;version&quot;</source>
        <translation>die Lektionsdatei hat keine ganzzahlige &quot;version&quot;</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="153"/>
        <source>this lesson was saved by a newer ReLU Explorer (lesson format %1); this version reads format %2 and older</source>
        <translation>diese Lektion wurde mit einem neueren ReLU Explorer gespeichert (Lektionsformat %1); diese Version liest Format %2 und älter</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="156"/>
        <source>the lesson file&apos;s version %1 is not valid</source>
        <translation>die Version %1 der Lektionsdatei ist ungültig</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="182"/>
        <source>in &apos;samples&apos;: %1</source>
        <translation>in „samples“: %1</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="186"/>
        <source>unknown convention &apos;%1&apos;; use one of %2</source>
        <translation>unbekannte Konvention „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="190"/>
        <source>unknown secant &apos;%1&apos;; use off, forward or central</source>
        <translation>unbekannte Sekante „%1“; möglich sind off, forward oder central</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="202"/>
        <source>cannot open lesson &apos;%1&apos;: %2</source>
        <translation>Lektion „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="207"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="209"/>
        <source>it is a directory</source>
        <translation>das ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="211"/>
        <source>the file is %1 bytes; a lesson is at most %2</source>
        <translation>die Datei hat %1 Bytes; eine Lektion hat höchstens %2</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="227"/>
        <source>the lesson path is empty</source>
        <translation>der Pfad der Lektion ist leer</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="229"/>
        <source>cannot save lesson to &apos;%1&apos;: it is a directory</source>
        <translation>Lektion kann nicht unter „%1“ gespeichert werden: das ist ein Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="231"/>
        <source>cannot save lesson to &apos;%1&apos;: the directory &apos;%2&apos; does not exist</source>
        <translation>Lektion kann nicht unter „%1“ gespeichert werden: das Verzeichnis „%2“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/lessonfile.cpp" line="235"/>
        <source>cannot save lesson to &apos;%1&apos;: %2</source>
        <translation>Lektion kann nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <location filename="../../app/lessonguide.cpp" line="36"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="37"/>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="40"/>
        <source>1. What ReLU does</source>
        <translation>1. Was ReLU macht</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="41"/>
        <source>&lt;p&gt;ReLU, the rectified linear unit, is &lt;b&gt;f(x) = max(0, x)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A positive number passes through unchanged: f(1) = 1, f(3) = 3. A negative number becomes 0: f(−1) = 0, f(−3) = 0. And 0 stays 0.&lt;/p&gt;&lt;p&gt;The probe sits at x = 3. Drag it, or use ← and →, and watch the readout: left of 0 f(x) is always 0; right of 0 it is x itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ReLU, die Rectified Linear Unit, ist &lt;b&gt;f(x) = max(0, x)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Eine positive Zahl geht unverändert durch: f(1) = 1, f(3) = 3. Eine negative Zahl wird zu 0: f(−1) = 0, f(−3) = 0. Und 0 bleibt 0.&lt;/p&gt;&lt;p&gt;Der Messpunkt steht bei x = 3. Ziehen Sie ihn oder benutzen Sie ← und →, und beobachten Sie die Anzeige: Links von 0 ist f(x) immer 0, rechts von 0 ist es x selbst.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="47"/>
        <source>2. A table of values</source>
        <translation>2. Eine Wertetabelle</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="48"/>
        <source>&lt;p&gt;Take x = −4, −3, …, 4, as numpy&apos;s &lt;tt&gt;arange(-4, 5, 1)&lt;/tt&gt; does, and compute f for each. The table shows them: f(X) = 0 0 0 0 0 1 2 3 4.&lt;/p&gt;&lt;p&gt;The dots on the curve are these sample points. Joined up, they already show the shape: flat, then a straight rise. Click a row to move the probe there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nehmen Sie x = −4, −3, …, 4, wie es &lt;tt&gt;arange(-4, 5, 1)&lt;/tt&gt; in numpy tut, und berechnen Sie f für jeden dieser Werte. Die Tabelle zeigt sie: f(X) = 0 0 0 0 0 1 2 3 4.&lt;/p&gt;&lt;p&gt;Die Punkte auf der Kurve sind diese Stützstellen. Verbunden zeigen sie schon die Form: erst flach, dann ein gerader Anstieg. Klicken Sie auf eine Zeile, um den Messpunkt dorthin zu setzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="53"/>
        <source>3. The slope at x = 2 and at x = −2</source>
        <translation>3. Die Steigung bei x = 2 und bei x = −2</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="54"/>
        <source>&lt;p&gt;The derivative is the slope of the graph. The dashed line is the tangent at the probe, at x = 2: it rises 1 for every 1 to the right, so &lt;b&gt;f′(2) = 1&lt;/b&gt;. The same holds at every x &amp;gt; 0.&lt;/p&gt;&lt;p&gt;Now press ← until the probe is at x = −2. The graph is flat there, and so is the tangent: &lt;b&gt;f′(−2) = 0&lt;/b&gt;, as for every x &amp;lt; 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Ableitung ist die Steigung des Graphen. Die gestrichelte Linie ist die Tangente am Messpunkt, bei x = 2: Sie steigt um 1 pro Einheit nach rechts, also ist &lt;b&gt;f′(2) = 1&lt;/b&gt;. Dasselbe gilt für jedes x &amp;gt; 0.&lt;/p&gt;&lt;p&gt;Drücken Sie jetzt ←, bis der Messpunkt bei x = −2 steht. Dort ist der Graph flach, und die Tangente ebenso: &lt;b&gt;f′(−2) = 0&lt;/b&gt;, wie für jedes x &amp;lt; 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="60"/>
        <source>4. The coloured figure</source>
        <translation>4. Die farbige Grafik</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="61"/>
        <source>&lt;p&gt;Colour the graph by its slope: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; where f′(x) = 0, &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;green&lt;/b&gt;&lt;/span&gt; where f′(x) = 1. The panel underneath draws f′ itself: a step from 0 to 1.&lt;/p&gt;&lt;p&gt;At x = 0 the step has no value of its own. The open circles are the limits from each side; the &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; dot is the value a program uses instead, as the legend says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Graph ist nach seiner Steigung gefärbt: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;blau&lt;/b&gt;&lt;/span&gt;, wo f′(x) = 0, &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;grün&lt;/b&gt;&lt;/span&gt;, wo f′(x) = 1. Das Diagramm darunter zeichnet f′ selbst: eine Stufe von 0 auf 1.&lt;/p&gt;&lt;p&gt;Bei x = 0 hat die Stufe keinen eigenen Wert. Die offenen Kreise sind die einseitigen Grenzwerte von links und von rechts; der &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;rote&lt;/b&gt;&lt;/span&gt; Punkt ist der Wert, den ein Programm stattdessen verwendet, wie die Legende angibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="68"/>
        <source>5. The kink and its many lines</source>
        <translation>5. Der Knick und seine vielen Geraden</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="69"/>
        <source>&lt;p&gt;At x = 0 the graph has a corner, a &lt;i&gt;kink&lt;/i&gt;. Which line is the tangent there? Every line through the corner with a slope between 0 and 1 touches the graph only there and stays below it. The faint fan shows them.&lt;/p&gt;&lt;p&gt;There is no single tangent, so &lt;b&gt;f′(0) is undefined&lt;/b&gt;. From the left the slope is 0, from the right it is 1; the set of all candidates, [0, 1], is called the subgradient. Press S and then [ to see the secant slopes from each side never agree.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei x = 0 hat der Graph eine Ecke, einen &lt;i&gt;Knick&lt;/i&gt;. Welche Gerade ist dort die Tangente? Jede Gerade durch die Ecke mit einer Steigung zwischen 0 und 1 berührt den Graphen nur dort und bleibt unter ihm. Der blasse Fächer zeigt sie.&lt;/p&gt;&lt;p&gt;Es gibt keine eindeutige Tangente, also ist &lt;b&gt;f′(0) undefiniert&lt;/b&gt;. Von links ist die Steigung 0, von rechts 1; die Menge aller Kandidaten, [0, 1], heißt Subgradientenmenge (das Subdifferential ∂f(0)). Drücken Sie S und dann [, um zu sehen, dass die Sekantensteigungen von beiden Seiten nie übereinstimmen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="76"/>
        <source>6. The convention, and sparsity</source>
        <translation>6. Die Konvention und dünn besetzte Gradienten</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="77"/>
        <source>&lt;p&gt;A neural network still needs a number at x = 0, so each library picks one. PyTorch&apos;s &lt;tt&gt;torch.relu&lt;/tt&gt; uses &lt;b&gt;0&lt;/b&gt;: the dashed line in the fan.&lt;/p&gt;&lt;p&gt;Why 0? A unit whose input is not positive then passes no gradient back, which keeps many gradients exactly 0: sparse. And the choice hardly matters: an input lands exactly on 0 very rarely, since the kink is a single point.&lt;/p&gt;&lt;p&gt;Press C to try the other conventions: the legend, the readout and the red dot follow. &lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt; uses 1; &lt;tt&gt;torch.maximum(x, 0)&lt;/tt&gt; uses ½.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein neuronales Netz braucht bei x = 0 trotzdem eine Zahl, also wählt jede Bibliothek eine. &lt;tt&gt;torch.relu&lt;/tt&gt; aus PyTorch verwendet &lt;b&gt;0&lt;/b&gt;: die gestrichelte Linie im Fächer.&lt;/p&gt;&lt;p&gt;Warum 0? Ein Neuron, dessen Eingabe nicht positiv ist, gibt dann keinen Gradienten zurück. Dadurch sind viele Gradienten genau 0: dünn besetzt (sparse). Und die Wahl spielt kaum eine Rolle: Eine Eingabe landet nur sehr selten genau auf 0, denn der Knick ist ein einzelner Punkt.&lt;/p&gt;&lt;p&gt;Drücken Sie C, um die anderen Konventionen auszuprobieren: Legende, Anzeige und roter Punkt passen sich an. &lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt; verwendet 1, &lt;tt&gt;torch.maximum(x, 0)&lt;/tt&gt; verwendet ½.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="92"/>
        <source>Lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="93"/>
        <source>The previous step (↑ or Page Up)</source>
        <translation>Der vorherige Schritt (↑ oder Bild↑)</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="94"/>
        <source>The next step (↓ or Page Down)</source>
        <translation>Der nächste Schritt (↓ oder Bild↓)</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="95"/>
        <source>Previous lesson step</source>
        <translation>Vorheriger Lektionsschritt</translation>
    </message>
    <message>
        <location filename="../../app/lessonguide.cpp" line="96"/>
        <source>Next lesson step</source>
        <translation>Nächster Lektionsschritt</translation>
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
        <translation>Einige gespeicherte Einstellungen waren unbrauchbar und wurden zurückgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="107"/>
        <source>The session could not be saved to %1</source>
        <translation>Die Sitzung konnte nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="124"/>
        <location filename="../../app/mainwindow.cpp" line="134"/>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="128"/>
        <source>Opened lesson %1</source>
        <translation>Lektion %1 geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="135"/>
        <source>ReLU Explorer lessons (*.relulesson *.json);;All files (*)</source>
        <translation>Lektionen für ReLU Explorer (*.relulesson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="144"/>
        <source>Save Lesson As</source>
        <translation>Lektion speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="145"/>
        <source>ReLU Explorer lessons (*.relulesson *.json)</source>
        <translation>Lektionen für ReLU Explorer (*.relulesson *.json)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="153"/>
        <source>Save Lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="155"/>
        <source>Saved lesson %1</source>
        <translation>Lektion %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="169"/>
        <source>&amp;Open Lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="171"/>
        <source>Open a lesson prepared in advance</source>
        <translation>Eine vorbereitete Lektion öffnen</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="172"/>
        <source>&amp;Save Lesson As…</source>
        <translation>Lektion speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="174"/>
        <source>Save everything on screen as a lesson file</source>
        <translation>Alles auf dem Bildschirm als Lektionsdatei speichern</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="176"/>
        <source>&amp;Export Figure…</source>
        <translation>Grafik &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="177"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="178"/>
        <source>Save the figure as PNG, PDF or SVG</source>
        <translation>Die Grafik als PNG, PDF oder SVG speichern</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="186"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="189"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="190"/>
        <source>&amp;Copy Figure</source>
        <translation>Grafik &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="192"/>
        <source>Put the figure on the clipboard as an image</source>
        <translation>Die Grafik als Bild in die Zwischenablage legen</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="193"/>
        <source>Copy &amp;Values</source>
        <translation>&amp;Werte kopieren</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="195"/>
        <source>Put the readout (x, f(x), f′(x)) on the clipboard as text</source>
        <translation>Die angezeigten Werte (x, f(x), f′(x)) als Text in die Zwischenablage legen</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="196"/>
        <source>F&amp;unction</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="198"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="213"/>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="216"/>
        <source>Full screen, large type for the back row (Esc leaves)</source>
        <translation>Vollbild, große Schrift für die letzte Reihe (Esc beendet)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="217"/>
        <source>Leave Presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="222"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="233"/>
        <source>&amp;Probe</source>
        <translation>&amp;Messpunkt</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="234"/>
        <source>&amp;Convention</source>
        <translation>&amp;Konvention</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="237"/>
        <source>&amp;Why a Convention?</source>
        <translation>&amp;Warum eine Konvention?</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="238"/>
        <location filename="../../app/mainwindow.cpp" line="255"/>
        <source>Why a Convention?</source>
        <translation>Warum eine Konvention?</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="240"/>
        <source>&amp;Secant</source>
        <translation>&amp;Sekante</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="243"/>
        <source>Why ½ at the Kink?</source>
        <translation>Warum ½ am Knick?</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="244"/>
        <location filename="../../app/mainwindow.cpp" line="258"/>
        <source>The Central Difference at a Kink</source>
        <translation>Der zentrale Differenzenquotient am Knick</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="247"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="248"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="250"/>
        <source>The notebook&apos;s lesson, step by step (↓ next, ↑ back)</source>
        <translation>Die Lektion aus dem Notebook, Schritt für Schritt (↓ weiter, ↑ zurück)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="254"/>
        <source>Why a &amp;Convention at the Kink?</source>
        <translation>Warum eine &amp;Konvention am Knick?</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="257"/>
        <source>Why the Central Difference Gives &amp;½</source>
        <translation>Warum der zentrale Differenzenquotient &amp;½ ergibt</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="261"/>
        <source>&amp;About ReLU Explorer</source>
        <translation>Ü&amp;ber ReLU Explorer</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="262"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="360"/>
        <location filename="../../app/mainwindow.cpp" line="451"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="364"/>
        <source>f′ at a kink:</source>
        <translation>f′ am Knick:</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="369"/>
        <source>What the app reports as f′ where it does not exist. Frameworks must pick a value; Convention ▸ Why a Convention? explains. (C cycles.)</source>
        <translation>Was die App als f′ angibt, wo f′ nicht existiert. Frameworks müssen einen Wert wählen; Konvention ▸ Warum eine Konvention? erklärt es. (C wechselt.)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="372"/>
        <source>Convention at a kink</source>
        <translation>Konvention am Knick</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="390"/>
        <source>one-sided  (f(x+h) − f(x)) / h</source>
        <translation>einseitig  (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="391"/>
        <source>central  (f(x+h) − f(x−h)) / 2h</source>
        <translation>zentral  (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="392"/>
        <source>One-sided: the secant through x and x + h. Central: through x − h and x + h, which at a kink gives the average of both sides.</source>
        <translation>Einseitig: die Sekante durch x und x + h. Zentral: durch x − h und x + h, was an einem Knick den Mittelwert beider Seiten ergibt.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="394"/>
        <source>Kind of secant</source>
        <translation>Art der Sekante</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="414"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="426"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="427"/>
        <source>Draw other functions faintly beside this one</source>
        <translation>Andere Funktionen blass daneben zeichnen</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="428"/>
        <source>Compare with other functions</source>
        <translation>Mit anderen Funktionen vergleichen</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="442"/>
        <source>Values Table</source>
        <translation>Wertetabelle</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="457"/>
        <source>Next Lesson Step</source>
        <translation>Nächster Lektionsschritt</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="459"/>
        <source>Previous Lesson Step</source>
        <translation>Vorheriger Lektionsschritt</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="514"/>
        <source>At the kink: no unique tangent. Many lines fit through the corner, so f′ is undefined here; the convention picks one.</source>
        <translation>Am Knick: keine eindeutige Tangente. Viele Geraden passen durch die Ecke, daher ist f′ hier undefiniert; die Konvention wählt eine aus.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="517"/>
        <source>Your own f(x): its derivative is computed numerically, and its kinks are found automatically.</source>
        <translation>Eigenes f(x): Die Ableitung wird numerisch berechnet, die Knicke werden automatisch gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="520"/>
        <source>Shrink h with [ or H and watch the secant&apos;s slope approach the tangent&apos;s.</source>
        <translation>Verkleinern Sie h mit [ oder H und beobachten Sie, wie sich die Steigung der Sekante der Steigung der Tangente nähert.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="522"/>
        <source>Drag the point along the curve (or use ← →). Drag elsewhere to pan, scroll to zoom, double-click or R to reset.</source>
        <translation>Ziehen Sie den Punkt entlang der Kurve (oder mit ← →). Anderswo ziehen verschiebt die Ansicht, Scrollen zoomt, Doppelklick oder R setzt zurück.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="535"/>
        <source>Exported %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="545"/>
        <source>Copied the figure</source>
        <translation>Grafik kopiert</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="552"/>
        <source>Copied x, f(x) and f′(x)</source>
        <translation>x, f(x) und f′(x) kopiert</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="564"/>
        <source>&lt;h3&gt;ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;The derivative of ReLU, f(x) = max(0, x), made visible: drag a point along the curve to see its tangent and slope, and see why f′(0) needs a convention.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;Die Ableitung von ReLU, f(x) = max(0, x), sichtbar gemacht: Ziehen Sie einen Punkt entlang der Kurve, um Tangente und Steigung zu sehen, und erfahren Sie, warum f′(0) eine Konvention braucht.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow.cpp" line="574"/>
        <source>About ReLU Explorer</source>
        <translation>Über ReLU Explorer</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../widgets/parameterpanel.cpp" line="80"/>
        <source>%1 slider</source>
        <translation>Schieberegler %1</translation>
    </message>
    <message>
        <location filename="../../widgets/parameterpanel.cpp" line="87"/>
        <source>%1, from %2 to %3</source>
        <translation>%1, von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <location filename="../../widgets/plotview.cpp" line="45"/>
        <source>Function plot</source>
        <translation>Funktionsgraph</translation>
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
        <translation>kein Subgradient (Knick nach unten)</translation>
    </message>
    <message>
        <location filename="../../core/probereadout.cpp" line="35"/>
        <source>f′(x) ≈ %1 (numerical)</source>
        <translation>f′(x) ≈ %1 (numerisch)</translation>
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
        <translation>(Mittelwert beider Seiten, keine Steigung von f)</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <location filename="../../app/safewrite.cpp" line="19"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../app/safewrite.cpp" line="21"/>
        <source>the file would be larger than this system allows</source>
        <translation>die Datei wäre größer, als dieses System erlaubt</translation>
    </message>
</context>
<context>
    <name>SessionSnapshot</name>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="25"/>
        <source>expression: %1</source>
        <translation>expression: %1</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="27"/>
        <source>function: %1</source>
        <translation>function: %1</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="31"/>
        <source>compare: %1</source>
        <translation>compare: %1</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="34"/>
        <source>probe: %1 is not a finite number</source>
        <translation>probe: %1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="37"/>
        <source>h: %1 is not between ±%2 and ±%3</source>
        <translation>h: %1 liegt nicht zwischen ±%2 und ±%3</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="41"/>
        <source>view: the x range [%1, %2] cannot be shown: %3</source>
        <translation>view: der x-Bereich [%1, %2] kann nicht angezeigt werden: %3</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="44"/>
        <source>view: the y range [%1, %2] cannot be shown: %3</source>
        <translation>view: der y-Bereich [%1, %2] kann nicht angezeigt werden: %3</translation>
    </message>
    <message>
        <source>view: the x range [%1, %2] cannot be shown</source>
        <translation type="vanished">view: der x-Bereich [%1, %2] kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>view: the y range [%1, %2] cannot be shown</source>
        <translation type="vanished">view: der y-Bereich [%1, %2] kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../core/sessionsnapshot.cpp" line="47"/>
        <source>samples: from %1 to %2 in steps of %3 is not a grid of at most %4 points</source>
        <translation>samples: von %1 bis %2 in Schritten von %3 ergibt kein Raster mit höchstens %4 Punkten</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.cpp" line="105"/>
        <source>%1: the saved value is not usable</source>
        <translation>%1: der gespeicherte Wert ist unbrauchbar</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="129"/>
        <source>the settings file &apos;%1&apos; %2, so it was moved to &apos;%3&apos; and the defaults are used</source>
        <translation>die Einstellungsdatei „%1“ %2, daher wurde sie nach „%3“ verschoben, und die Standardwerte gelten</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="132"/>
        <source>the settings file &apos;%1&apos; %2; the defaults are used</source>
        <translation>die Einstellungsdatei „%1“ %2; die Standardwerte gelten</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="152"/>
        <source>is %1 bytes, more than a settings file&apos;s %2</source>
        <translation>ist %1 Byte groß, mehr als die %2 einer Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="155"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="160"/>
        <source>is not text</source>
        <translation>ist keine Textdatei</translation>
    </message>
    <message>
        <location filename="../../app/settings.cpp" line="178"/>
        <source>the settings file &apos;%1&apos; is damaged; what could not be read uses defaults</source>
        <translation>die Einstellungsdatei „%1“ ist beschädigt; was nicht lesbar war, nimmt den Standardwert</translation>
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
        <translation>Die Schrittweite h der Sekante: rechts der Mitte h &gt; 0, links h &lt; 0; von ±10⁻⁶ in der Mitte bis ±2 an den Enden</translation>
    </message>
    <message>
        <location filename="../../widgets/stepcontrol.cpp" line="24"/>
        <source>Step h slider</source>
        <translation>Schieberegler für die Schrittweite h</translation>
    </message>
    <message>
        <location filename="../../widgets/stepcontrol.cpp" line="25"/>
        <source>The secant&apos;s step h, from ±0.000001 to ±2. The arrows halve or double it.</source>
        <translation>Die Schrittweite h der Sekante, von ±0.000001 bis ±2. Die Pfeile halbieren oder verdoppeln sie.</translation>
    </message>
    <message>
        <location filename="../../widgets/stepcontrol.cpp" line="27"/>
        <source>Step h</source>
        <translation>Schrittweite h</translation>
    </message>
</context>
<context>
    <name>ThemeSwitcher</name>
    <message>
        <location filename="../../app/themeswitcher.cpp" line="28"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location filename="../../app/themeswitcher.cpp" line="29"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../app/themeswitcher.cpp" line="30"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../app/themeswitcher.cpp" line="34"/>
        <source>Colours of the plots; blue, green and red keep their meaning</source>
        <translation>Farben der Diagramme; Blau, Grün und Rot behalten ihre Bedeutung</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <location filename="../../core/valuetable.cpp" line="16"/>
        <source>--from, --to and --step must be finite numbers</source>
        <translation>--from, --to und --step müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <location filename="../../core/valuetable.cpp" line="18"/>
        <source>--from (%1) is greater than --to (%2)</source>
        <translation>--from (%1) ist größer als --to (%2)</translation>
    </message>
    <message>
        <location filename="../../core/valuetable.cpp" line="21"/>
        <source>--step must be greater than 0, got %1</source>
        <translation>--step muss größer als 0 sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../../core/valuetable.cpp" line="28"/>
        <source>the table would have more than %1 rows; use a larger --step</source>
        <translation>die Tabelle hätte mehr als %1 Zeilen; ein größeres --step verwenden</translation>
    </message>
</context>
<context>
    <name>ValuesTable</name>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="20"/>
        <source>Show the sample points on the curve</source>
        <translation>Stützstellen auf der Kurve zeigen</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="31"/>
        <source>The first sample x (numpy: arange&apos;s start)</source>
        <translation>Die erste Stützstelle x (numpy: start von arange)</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="32"/>
        <source>The last sample x, included</source>
        <translation>Die letzte Stützstelle x, eingeschlossen</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="33"/>
        <source>The distance between samples</source>
        <translation>Der Abstand zwischen den Stützstellen</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="34"/>
        <source>Samples from</source>
        <translation>Stützstellen von</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="35"/>
        <source>Samples to</source>
        <translation>Stützstellen bis</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="36"/>
        <source>Samples step</source>
        <translation>Schrittweite der Stützstellen</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="37"/>
        <source>Draw markers at the sample points, like the notebook&apos;s &apos;o-&apos; figure (P)</source>
        <translation>Markierungen an den Stützstellen zeichnen, wie in der Grafik &apos;o-&apos; des Notebooks (P)</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="46"/>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="47"/>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="48"/>
        <source>ste&amp;p</source>
        <translation>Schri&amp;tt</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="56"/>
        <source>Values table</source>
        <translation>Wertetabelle</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="57"/>
        <source>Click a row to move the probe there</source>
        <translation>Klicken Sie auf eine Zeile, um den Messpunkt dorthin zu setzen</translation>
    </message>
    <message>
        <location filename="../../widgets/valuestable.cpp" line="97"/>
        <source>from must not pass to, and at most %1 points</source>
        <translation>„von“ darf „bis“ nicht überschreiten, und höchstens %1 Stützstellen</translation>
    </message>
</context>
<context>
    <name>ValuesTableModel</name>
    <message>
        <location filename="../../widgets/valuestablemodel.cpp" line="77"/>
        <source>undefined</source>
        <translation>undefiniert</translation>
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
        <translation>die Tabelle konnte nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="92"/>
        <source>the settings file &apos;%1&apos; %2; the figure uses the defaults</source>
        <translation>die Einstellungsdatei „%1“ %2; die Grafik verwendet die Standardwerte</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="99"/>
        <source>some settings could not be used and were reset: %1</source>
        <translation>einige Einstellungen waren unbrauchbar und wurden zurückgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="149"/>
        <source>no display found. Render without a window with &apos;relu-explorer --export figure.png&apos;, or start the window under a virtual display with &apos;xvfb-run relu-explorer&apos;.</source>
        <translation>kein Display gefunden. Ohne Fenster rendern mit „relu-explorer --export figure.png“ oder das Fenster in einer virtuellen Anzeige starten mit „xvfb-run relu-explorer“.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="185"/>
        <source> (see relu-explorer --help)</source>
        <translation> (siehe relu-explorer --help)</translation>
    </message>
</context>
</TS>
