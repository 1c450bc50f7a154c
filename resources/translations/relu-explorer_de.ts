<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivationCatalog</name>
    <message>
        <source>f′(x) = %1</source>
        <translation>f′(x) = %1</translation>
    </message>
    <message>
        <source>min_val (%1) must be less than max_val (%2)</source>
        <translation>min_val (%1) muss kleiner als max_val (%2) sein</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n parameter(s)</source>
        <translation>
            <numerusform>%1 erwartet %n Parameter</numerusform>
            <numerusform>%1 erwartet %n Parameter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 must be one of %3</source>
        <translation>%1 von %2 muss einer der Werte %3 sein</translation>
    </message>
    <message>
        <source>%1=%2 is out of range for %3: use %4 to %5</source>
        <translation>%1=%2 liegt außerhalb des Bereichs für %3: erlaubt sind %4 bis %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;; choose one of %2</source>
        <translation>unbekannte Funktion „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>%1 takes no parameters, got &apos;%2&apos;</source>
        <translation>%1 hat keine Parameter, erhalten: „%2“</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for %2; it takes %3</source>
        <translation>unbekannter Parameter „%1“ für %2; möglich sind: %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; of %2 needs a value, as in %1=%3</source>
        <translation>Parameter „%1“ von %2 braucht einen Wert, etwa %1=%3</translation>
    </message>
    <message>
        <source>%1 of %2 must be one of %3, got &apos;%4&apos;</source>
        <translation>%1 von %2 muss einer der Werte %3 sein, erhalten: „%4“</translation>
    </message>
    <message>
        <source>%1 of %2 expects a finite number, got &apos;%3&apos;</source>
        <translation>%1 von %2 erwartet eine endliche Zahl, erhalten: „%3“</translation>
    </message>
    <message>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <source>%1=%2 (%3 to %4)</source>
        <translation>%1=%2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>%1  parameters: %2  kinks: %3</source>
        <translation>%1  Parameter: %2  Knicke: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Rectified linear unit: 0 for x &lt; 0, x for x &gt; 0</source>
        <translation>Rectified Linear Unit: 0 für x &lt; 0, x für x &gt; 0</translation>
    </message>
    <message>
        <source>Like ReLU, with a small slope for x &lt; 0</source>
        <translation>Wie ReLU, mit einer kleinen Steigung für x &lt; 0</translation>
    </message>
    <message>
        <source>The slope for x &lt; 0</source>
        <translation>Die Steigung für x &lt; 0</translation>
    </message>
    <message>
        <source>ReLU capped at 6: min(max(0, x), 6)</source>
        <translation>ReLU, nach oben bei 6 begrenzt: min(max(0, x), 6)</translation>
    </message>
    <message>
        <source>x clamped to [min_val, max_val]</source>
        <translation>x, auf [min_val, max_val] begrenzt</translation>
    </message>
    <message>
        <source>The lower bound</source>
        <translation>Die untere Grenze</translation>
    </message>
    <message>
        <source>The upper bound</source>
        <translation>Die obere Grenze</translation>
    </message>
    <message>
        <source>Exponential linear unit: α(eˣ − 1) for x ≤ 0, x for x &gt; 0</source>
        <translation>Exponential Linear Unit: α(eˣ − 1) für x ≤ 0, x für x &gt; 0</translation>
    </message>
    <message>
        <source>The scale of the negative part, and its slope at 0</source>
        <translation>Der Skalenfaktor des negativen Teils und seine Steigung bei 0</translation>
    </message>
    <message>
        <source>Scaled ELU: λ·elu(x, α), λ ≈ 1.0507, α ≈ 1.6733</source>
        <translation>Skalierte ELU: λ·elu(x, α), λ ≈ 1.0507, α ≈ 1.6733</translation>
    </message>
    <message>
        <source>Continuously differentiable ELU: α(e^(x/α) − 1) for x ≤ 0</source>
        <translation>Stetig differenzierbare ELU: α(e^(x/α) − 1) für x ≤ 0</translation>
    </message>
    <message>
        <source>The scale of the negative part</source>
        <translation>Der Skalenfaktor des negativen Teils</translation>
    </message>
    <message>
        <source>none: x·Φ(x) with the normal CDF; tanh: PyTorch&apos;s tanh approximation</source>
        <translation>none: x·Φ(x) mit der Verteilungsfunktion der Standardnormalverteilung; tanh: die tanh-Näherung von PyTorch</translation>
    </message>
    <message>
        <source>Gaussian error linear unit: x·Φ(x)</source>
        <translation>Gaussian Error Linear Unit: x·Φ(x)</translation>
    </message>
    <message>
        <source>Sigmoid linear unit (swish): x·σ(x)</source>
        <translation>Sigmoid Linear Unit (Swish): x·σ(x)</translation>
    </message>
    <message>
        <source>x·tanh(softplus(x))</source>
        <translation>x·tanh(softplus(x))</translation>
    </message>
    <message>
        <source>A smooth ReLU: ln(1 + e^(βx))/β, and x once βx &gt; threshold</source>
        <translation>Eine glatte ReLU: ln(1 + e^(βx))/β, und x, sobald βx &gt; threshold</translation>
    </message>
    <message>
        <source>The sharpness of the bend</source>
        <translation>Wie scharf die Biegung ist</translation>
    </message>
    <message>
        <source>Past βx &gt; threshold PyTorch returns x itself</source>
        <translation>Ab βx &gt; threshold gibt PyTorch x selbst zurück</translation>
    </message>
    <message>
        <source>The logistic function σ(x) = 1/(1 + e⁻ˣ)</source>
        <translation>Die logistische Funktion σ(x) = 1/(1 + e⁻ˣ)</translation>
    </message>
    <message>
        <source>The hyperbolic tangent</source>
        <translation>Der Tangens hyperbolicus</translation>
    </message>
    <message>
        <source>A piecewise linear sigmoid: min(max(x + 3, 0), 6)/6</source>
        <translation>Eine stückweise lineare Sigmoidfunktion: min(max(x + 3, 0), 6)/6</translation>
    </message>
    <message>
        <source>x·hardsigmoid(x): 0, then x(x + 3)/6, then x</source>
        <translation>x·hardsigmoid(x): 0, dann x(x + 3)/6, dann x</translation>
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
        <translation>Der Betrag |x|</translation>
    </message>
    <message>
        <source>  jumps: %1</source>
        <translation>  Sprungstellen: %1</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; of %2 is given twice</source>
        <translation>Parameter „%1“ von %2 ist doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>AudioTracePlayer</name>
    <message>
        <source>Audio Tra&amp;ce</source>
        <translation>Aud&amp;io-Spur</translation>
    </message>
    <message>
        <source>Hear the function: x sweeps the view from left to right in %1 seconds, the pitch is y (%2 Hz at the bottom of the view, %3 Hz at its top), a click sounds at each kink or jump and noise below y = 0; then each move of the probe plays its point. Audio Trace again turns the audio off</source>
        <translation>Die Funktion hören: x durchläuft die Ansicht in %1 Sekunden von links nach rechts, die Tonhöhe ist y (%2 Hz am unteren Rand der Ansicht, %3 Hz am oberen), an jedem Knick und jeder Sprungstelle klickt es und unter y = 0 rauscht es; danach spielt jede Bewegung des Messpunkts seinen Punkt. Audio-Spur noch einmal schaltet den Ton wieder aus</translation>
    </message>
    <message>
        <source>A&amp;udio Trace of f′ Too</source>
        <translation>Audio-Spur auch vo&amp;n f′</translation>
    </message>
    <message>
        <source>A second, reedier tone plays f′ on the same pitch scale, so ReLU&apos;s jump from 0 to 1 at the kink is heard</source>
        <translation>Ein zweiter, schnarrenderer Ton spielt f′ auf derselben Tonhöhenskala, so hört man den Sprung von ReLU′ von 0 auf 1 am Knick</translation>
    </message>
    <message>
        <source>The audio trace plays f′ too, as a second, reedier tone</source>
        <translation>Die Audio-Spur spielt auch f′, als zweiten, schnarrenderen Ton</translation>
    </message>
    <message>
        <source>The audio trace plays f alone</source>
        <translation>Die Audio-Spur spielt nur f</translation>
    </message>
    <message>
        <source>Stop t&amp;he Audio Trace</source>
        <translation>Audio-Spur st&amp;oppen</translation>
    </message>
    <message>
        <source>Stop the audio trace and turn the audio off</source>
        <translation>Die Audio-Spur anhalten und den Ton ausschalten</translation>
    </message>
    <message>
        <source>Audio off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Audio trace: x from %1 to %2, left to right; the pitch is y, %3 Hz at y = %4, %5 Hz at y = %6; a click at each kink or jump, noise below y = 0. View ▸ Audio Trace again turns the audio off</source>
        <translation>Audio-Spur: x von %1 bis %2, von links nach rechts; die Tonhöhe ist y, %3 Hz bei y = %4, %5 Hz bei y = %6; ein Klick an jedem Knick und jeder Sprungstelle, Rauschen unter y = 0. Ansicht ▸ Audio-Spur noch einmal schaltet den Ton wieder aus</translation>
    </message>
    <message>
        <source>Audio trace played: each move of the probe now plays its point; View ▸ Audio Trace turns the audio off</source>
        <translation>Audio-Spur gespielt: jede Bewegung des Messpunkts spielt jetzt seinen Punkt; Ansicht ▸ Audio-Spur schaltet den Ton aus</translation>
    </message>
    <message>
        <source>No sound output found: the audio trace cannot play here</source>
        <translation>Keine Tonausgabe gefunden: die Audio-Spur kann hier nicht spielen</translation>
    </message>
    <message>
        <source>The sound output “%1” plays no 16-bit stereo: the audio trace cannot play</source>
        <translation>Die Tonausgabe „%1“ spielt kein 16-Bit-Stereo: die Audio-Spur kann nicht spielen</translation>
    </message>
    <message>
        <source>The sound output “%1” did not start: the audio trace cannot play</source>
        <translation>Die Tonausgabe „%1“ ist nicht angelaufen: die Audio-Spur kann nicht spielen</translation>
    </message>
</context>
<context>
    <name>AutogradExample</name>
    <message>
        <source>ReLU as torch.relu writes it: autograd returns 0 at the kink.</source>
        <translation>ReLU, wie torch.relu es schreibt: Autograd liefert am Knick 0.</translation>
    </message>
    <message>
        <source>The same ReLU as a maximum: at 0 the two arguments tie, and PyTorch and JAX split the gradient, ½ each, while TensorFlow gives it all to x.</source>
        <translation>Dieselbe ReLU als Maximum: Bei 0 sind beide Argumente gleich, PyTorch und JAX teilen den Gradienten, je ½, während TensorFlow ihn ganz x gibt.</translation>
    </message>
    <message>
        <source>The same ReLU as x times a comparison, which has no gradient: 0 at 0, and TensorFlow.js cannot differentiate it at all.</source>
        <translation>Dieselbe ReLU als x mal einen Vergleich, der keinen Gradienten hat: 0 bei 0, und TensorFlow.js kann sie gar nicht ableiten.</translation>
    </message>
    <message>
        <source>This is just x, whose derivative is 1 everywhere, yet every framework returns 0 at 0: a spurious derivative.</source>
        <translation>Das ist einfach x mit der Ableitung 1 überall, doch jedes Framework liefert bei 0 den Wert 0: eine falsche Ableitung.</translation>
    </message>
    <message>
        <source>This is |x|, and autograd returns NaN at 0: the chain rule multiplies sqrt&apos;s infinite slope by the 0 of x*x.</source>
        <translation>Das ist |x|, und Autograd liefert bei 0 NaN: Die Kettenregel multipliziert die unendliche Steigung von sqrt mit der 0 von x*x.</translation>
    </message>
    <message>
        <source>The same ReLU as a choice: PyTorch, TensorFlow and JAX follow the branch taken, the constant 0, so 0 at 0; TensorFlow.js cannot differentiate the comparison.</source>
        <translation>Dieselbe ReLU als Auswahl: PyTorch, TensorFlow und JAX folgen dem gewählten Zweig, der Konstanten 0, also 0 bei 0; TensorFlow.js kann den Vergleich nicht ableiten.</translation>
    </message>
    <message>
        <source>ReLU again, for every x up to 1e308, as a clamp: PyTorch passes the gradient at a bound, so it returns 1 at 0 (in float64; in float32 it refuses the bound 1e308).</source>
        <translation>Wieder ReLU, für jedes x bis 1e308, als clamp: PyTorch gibt den Gradienten an einer Grenze weiter und liefert daher bei 0 den Wert 1 (in float64; in float32 lehnt es die Grenze 1e308 ab).</translation>
    </message>
    <message>
        <source>This is 0 for every x up to 1e308, yet PyTorch returns 1 at 0 (in float64): clamp&apos;s 1 minus relu&apos;s 0.</source>
        <translation>Das ist 0 für jedes x bis 1e308, doch PyTorch liefert bei 0 den Wert 1 (in float64): die 1 von clamp minus die 0 von relu.</translation>
    </message>
    <message>
        <source>A leaky ReLU with slope 0.25, written as Keras writes PReLU: autograd returns 0 at 0, not the 0.25 that PyTorch&apos;s leaky_relu returns.</source>
        <translation>Eine Leaky ReLU mit Steigung 0,25, geschrieben wie Keras PReLU schreibt: Autograd liefert bei 0 den Wert 0, nicht die 0,25, die PyTorchs leaky_relu liefert.</translation>
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
        <translation>Knick</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>Sprungstelle</translation>
    </message>
    <message>
        <source>hole</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>point off the curve</source>
        <translation>hebbare Unstetigkeit</translation>
    </message>
    <message>
        <source>vertical tangent</source>
        <translation>senkrechte Tangente</translation>
    </message>
    <message>
        <source>cusp</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>vertical tangent on one side</source>
        <translation>einseitig senkrechte Tangente</translation>
    </message>
    <message>
        <source>oscillation</source>
        <translation>Oszillation</translation>
    </message>
    <message>
        <source>pole</source>
        <translation>Polstelle</translation>
    </message>
    <message>
        <source>end of the domain</source>
        <translation>Rand des Definitionsbereichs</translation>
    </message>
    <message>
        <source>point of unknown kind</source>
        <translation>Stelle unbekannter Art</translation>
    </message>
    <message>
        <source>%1 at %2: %3 does not exist</source>
        <translation>%1 bei %2: %3 existiert nicht</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2</source>
        <translation>%1 undefiniert, gesetzt auf %2</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2 (left side)</source>
        <translation>%1 undefiniert, gesetzt auf %2 (linke Seite)</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2 (right side)</source>
        <translation>%1 undefiniert, gesetzt auf %2 (rechte Seite)</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2 (average)</source>
        <translation>%1 undefiniert, gesetzt auf %2 (Mittelwert)</translation>
    </message>
    <message>
        <source>%1 undefined</source>
        <translation>%1 undefiniert</translation>
    </message>
    <message numerus="yes">
        <source>more than %n breakpoints</source>
        <translation>
            <numerusform>mehr als %n Sonderstelle</numerusform>
            <numerusform>mehr als %n Sonderstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>no breakpoints</source>
        <translation>keine Sonderstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n kink(s)</source>
        <translation>
            <numerusform>%n Knick</numerusform>
            <numerusform>%n Knicke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jump(s)</source>
        <translation>
            <numerusform>%n Sprungstelle</numerusform>
            <numerusform>%n Sprungstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hole(s) or point(s) off the curve</source>
        <translation>
            <numerusform>%n Lücke oder hebbare Unstetigkeit</numerusform>
            <numerusform>%n Lücken oder hebbare Unstetigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cusp(s) or vertical tangent(s)</source>
        <translation>
            <numerusform>%n Spitze oder senkrechte Tangente</numerusform>
            <numerusform>%n Spitzen oder senkrechte Tangenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oscillation(s)</source>
        <translation>
            <numerusform>%n Oszillation</numerusform>
            <numerusform>%n Oszillationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pole(s)</source>
        <translation>
            <numerusform>%n Polstelle</numerusform>
            <numerusform>%n Polstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end(s) of the domain</source>
        <translation>
            <numerusform>%n Rand des Definitionsbereichs</numerusform>
            <numerusform>%n Ränder des Definitionsbereichs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of unknown kind</source>
        <translation>
            <numerusform>%n Stelle unbekannter Art</numerusform>
            <numerusform>%n Stellen unbekannter Art</numerusform>
        </translation>
    </message>
    <message>
        <source>At the kink: no unique tangent. Many lines fit through the corner, so f′ is undefined here; the convention picks one.</source>
        <translation>Am Knick: keine eindeutige Tangente. Viele Geraden passen durch die Ecke, daher ist f′ hier undefiniert; die Konvention wählt eine aus.</translation>
    </message>
    <message>
        <source>At a jump: f has different limits on each side, so no tangent exists and f′ is undefined; on a side whose limit is not f(x), the difference quotient runs off to ∞.</source>
        <translation>An einer Sprungstelle: f hat links und rechts verschiedene Grenzwerte, daher gibt es keine Tangente, und f′ ist undefiniert; auf einer Seite, deren Grenzwert nicht f(x) ist, strebt der Differenzenquotient gegen ∞.</translation>
    </message>
    <message>
        <source>At a hole: f approaches the same value from both sides, but f(x) is undefined or different, so f′ does not exist here.</source>
        <translation>An einer Lücke: f nähert sich von beiden Seiten demselben Wert, aber f(x) ist undefiniert oder ein anderer Wert, daher existiert f′ hier nicht.</translation>
    </message>
    <message>
        <source>Here the slope grows without bound: the tangent is vertical, so f′ is not a number.</source>
        <translation>Hier wächst die Steigung über alle Grenzen: Die Tangente ist senkrecht, also ist f′ keine Zahl.</translation>
    </message>
    <message>
        <source>Here f, or its difference quotient, keeps oscillating as x approaches the point: no limit, so no derivative.</source>
        <translation>Hier oszilliert f oder sein Differenzenquotient immer weiter, während x sich der Stelle nähert: kein Grenzwert, also keine Ableitung.</translation>
    </message>
    <message>
        <source>At a pole: f runs off to infinity, and is undefined at the point itself.</source>
        <translation>An einer Polstelle: f strebt gegen unendlich und ist an der Stelle selbst undefiniert.</translation>
    </message>
    <message>
        <source>At the end of f&apos;s domain: f has no values on one side, so only a one-sided derivative can exist.</source>
        <translation>Am Rand des Definitionsbereichs von f: Auf einer Seite hat f keine Werte, daher kann nur eine einseitige Ableitung existieren.</translation>
    </message>
    <message>
        <source>The formula&apos;s expansions cannot tell what f does here; the app does not guess.</source>
        <translation>Die Reihenentwicklungen der Formel verraten nicht, was f hier tut; die App rät nicht.</translation>
    </message>
    <message>
        <source>%1 undefined; %2</source>
        <translation>%1 undefiniert; %2</translation>
    </message>
    <message>
        <source>%1 undefined, set to %2 (%3)</source>
        <translation>%1 undefiniert, gesetzt auf %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Render the view to FILE (.png, .pdf or .svg) and exit.</source>
        <translation>Die Ansicht als DATEI (.png, .pdf oder .svg) speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Size of the exported figure in pixels (default 700x700).</source>
        <translation>Größe der exportierten Grafik in Pixeln (Standard 700x700).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Put the probe at x = X (default 2).</source>
        <translation>Den Messpunkt auf x = X setzen (Standard 2).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <translation>Schrittweite zwischen den x von --table (Standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The function: NAME or NAME:param=value,... such as leaky_relu:negative_slope=0.2 (see --list-functions; default relu).</source>
        <translation>Die Funktion: NAME oder NAME:param=wert,... etwa leaky_relu:negative_slope=0.2 (siehe --list-functions; Standard relu).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>SPEC,...</source>
        <translation>FUNKTION,...</translation>
    </message>
    <message>
        <source>List the built-in functions with their parameters and kinks.</source>
        <translation>Die eingebauten Funktionen mit ihren Parametern und Knicken auflisten.</translation>
    </message>
    <message>
        <source>Explicit x values for --table, instead of --from/--to/--step.</source>
        <translation>Explizite x-Werte für --table, statt --from/--to/--step.</translation>
    </message>
    <message>
        <source>X,...</source>
        <translation>X,...</translation>
    </message>
    <message>
        <source>Presentation mode: full screen and large type; with --export, a figure for slides.</source>
        <translation>Präsentationsmodus: Vollbild und große Schrift; mit --export eine Grafik für Folien.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>The language of the window and figures: en, de or fr (default: the system&apos;s).</source>
        <translation>Sprache von Fenster und Grafiken: en, de oder fr (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Use this settings file instead of your own; with --export, render the session it holds.</source>
        <translation>Diese Einstellungsdatei statt der eigenen verwenden; mit --export die darin gespeicherte Sitzung zeichnen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>ReLU Explorer: drag a point along f(x) = max(0, x), or another activation, and see its slope, its kinks, and what programs choose for f′ there.
Without options it opens the window. --export and --table need no display.</source>
        <translation>ReLU Explorer: Ziehen Sie einen Punkt entlang f(x) = max(0, x) oder einer anderen Aktivierungsfunktion und sehen Sie seine Steigung, die Knicke und was Programme dort für f′ wählen.
Ohne Optionen öffnet sich das Fenster. --export und --table brauchen kein Display.</translation>
    </message>
    <message>
        <source>A lesson file to open (saved with File ▸ Save Lesson As).</source>
        <translation>Eine zu öffnende Lektionsdatei (gespeichert mit Datei ▸ Lektion speichern unter).</translation>
    </message>
    <message>
        <source>[lesson.json]</source>
        <translation>[lesson.json]</translation>
    </message>
    <message>
        <source>--%1 expects a number, got &apos;%2&apos;</source>
        <translation>--%1 erwartet eine Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <source>--%1 must be a finite number, got &apos;%2&apos;</source>
        <translation>--%1 muss eine endliche Zahl sein, erhalten: „%2“</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; give at most one lesson file</source>
        <translation>unerwartetes Argument „%1“; höchstens eine Lektionsdatei angeben</translation>
    </message>
    <message>
        <source>--function and --expression cannot be combined; give one of them</source>
        <translation>--function und --expression lassen sich nicht kombinieren; nur eine der beiden angeben</translation>
    </message>
    <message>
        <source>--function: %1</source>
        <translation>--function: %1</translation>
    </message>
    <message>
        <source>--expression: %1 (at character %2)</source>
        <translation>--expression: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>--expression: %1</source>
        <translation>--expression: %1</translation>
    </message>
    <message>
        <source>--compare: %1</source>
        <translation>--compare: %1</translation>
    </message>
    <message>
        <source>--%1 only applies to --table</source>
        <translation>--%1 gilt nur für --table</translation>
    </message>
    <message>
        <source>--size only applies to --export</source>
        <translation>--size gilt nur für --export</translation>
    </message>
    <message>
        <source>unknown --convention &apos;%1&apos;; use one of %2</source>
        <translation>unbekannter Wert für --convention: „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>--settings needs a file, got &apos;%1&apos;</source>
        <translation>--settings braucht eine Datei, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--settings: the directory &apos;%1&apos; does not exist</source>
        <translation>--settings: das Verzeichnis „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>--settings applies to the window and --export, not to --table</source>
        <translation>--settings gilt für das Fenster und --export, nicht für --table</translation>
    </message>
    <message>
        <source>unknown --lang &apos;%1&apos;; use one of %2</source>
        <translation>unbekannter Wert für --lang: „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>--presentation and --theme apply to the figure, not to --table</source>
        <translation>--presentation und --theme gelten für die Grafik, nicht für --table</translation>
    </message>
    <message>
        <source>--compare applies to the figure, not to --table</source>
        <translation>--compare gilt für die Grafik, nicht für --table</translation>
    </message>
    <message>
        <source>use either --at or --from/--to/--step, not both</source>
        <translation>entweder --at oder --from/--to/--step verwenden, nicht beides</translation>
    </message>
    <message>
        <source>--at has more than 10,000,000 values</source>
        <translation>--at hat mehr als 10&#xa0;000&#xa0;000 Werte</translation>
    </message>
    <message>
        <source>--at expects numbers separated by commas, got &apos;%1&apos;</source>
        <translation>--at erwartet durch Kommas getrennte Zahlen, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, such as 700x700, got &apos;%1&apos;</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, etwa 700x700, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--size %1: each side must be between %2 and %3 pixels</source>
        <translation>--size %1: jede Seite muss zwischen %2 und %3 Pixel lang sein</translation>
    </message>
    <message>
        <source>Print x, f(x), f′(x), f′₋(x), f′₊(x) and the kind of point (smooth, kink, jump, ...) as CSV and exit.</source>
        <translation>x, f(x), f′(x), f′₋(x), f′₊(x) und die Art der Stelle (smooth, kink, jump, ...) als CSV ausgeben und beenden.</translation>
    </message>
    <message>
        <source>First x of --table (default -4) or of --list-kinks (default -1000).</source>
        <translation>Erstes x von --table (Standard -4) oder von --list-kinks (Standard -1000).</translation>
    </message>
    <message>
        <source>Last x of --table (default 4) or of --list-kinks (default 1000).</source>
        <translation>Letztes x von --table (Standard 4) oder von --list-kinks (Standard 1000).</translation>
    </message>
    <message>
        <source>Print the breakpoints of the function in [--from, --to] as CSV: x, kind (kink, jump, removable, cusp, oscillation, pole, edge or unknown), f′₋ and f′₊.</source>
        <translation>Die Sonderstellen der Funktion in [--from, --to] als CSV ausgeben: x, Art (kink, jump, removable, cusp, oscillation, pole, edge oder unknown), f′₋ und f′₊.</translation>
    </message>
    <message>
        <source>Your own f(x) in muparser syntax, such as &quot;max(0, x)&quot;; its derivative and breakpoints come from the formula.</source>
        <translation>Eigenes f(x) in muparser-Syntax, etwa &quot;max(0, x)&quot;; Ableitung und Sonderstellen ergeben sich aus der Formel.</translation>
    </message>
    <message>
        <source>--%1 only applies to --table and --list-kinks</source>
        <translation>--%1 gilt nur für --table und --list-kinks</translation>
    </message>
    <message>
        <source>--from and --to: the range cannot be searched: %1</source>
        <translation>--from und --to: der Bereich lässt sich nicht durchsuchen: %1</translation>
    </message>
    <message>
        <source>--step: %1</source>
        <translation>--step: %1</translation>
    </message>
    <message>
        <source>--from and --to: %1</source>
        <translation>--from und --to: %1</translation>
    </message>
    <message>
        <source>Print the difference quotients at the probe&apos;s x from both sides as CSV: h, q_left = (f(x−h) − f(x))/(−h), q_right = (f(x+h) − f(x))/h and the central (f(x+h) − f(x−h))/2h, for h = 1, 1/2, 1/4, ..., 2⁻³⁰.</source>
        <translation>Die Differenzenquotienten am Messpunkt von beiden Seiten als CSV ausgeben: h, q_left = (f(x−h) − f(x))/(−h), q_right = (f(x+h) − f(x))/h und der zentrale (f(x+h) − f(x−h))/2h, für h = 1, 1/2, 1/4, ..., 2⁻³⁰.</translation>
    </message>
    <message>
        <source>--export, --table, --list-kinks and --quotients cannot be combined; run them one at a time</source>
        <translation>--export, --table, --list-kinks und --quotients lassen sich nicht kombinieren; nacheinander ausführen</translation>
    </message>
    <message>
        <source>--%1 does not apply to --%2</source>
        <translation>--%1 gilt nicht für --%2</translation>
    </message>
    <message>
        <source>--compare: at most %1 functions, not %2</source>
        <translation>--compare: höchstens %1 Funktionen, nicht %2</translation>
    </message>
    <message>
        <source>--list-functions takes no other option but --lang, got &apos;%1&apos;</source>
        <translation>--list-functions nimmt außer --lang keine weitere Option, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--list-functions takes no lesson file</source>
        <translation>--list-functions nimmt keine Lektionsdatei</translation>
    </message>
    <message>
        <source>--probe applies to the figure, not to --table; give the x values with --at</source>
        <translation>--probe gilt für die Grafik, nicht für --table; die x-Werte gibt --at an</translation>
    </message>
    <message>
        <source>Value reported for f′ at a kink: %1 (default pytorch; framework is the same).</source>
        <translation>Wert, der für f′ an einem Knick angegeben wird: %1 (Standard pytorch; framework ist dasselbe).</translation>
    </message>
    <message>
        <source>A value for a parameter of --expression, such as a=0.5 for max(a*x, x) (each starts at 1); several as a=0.5,k=2.</source>
        <translation>Ein Wert für einen Parameter von --expression, etwa a=0.5 für max(a*x, x) (jeder beginnt bei 1); mehrere als a=0.5,k=2.</translation>
    </message>
    <message>
        <source>NAME=VALUE,...</source>
        <translation>NAME=WERT,...</translation>
    </message>
    <message>
        <source>--parameter only applies to --expression</source>
        <translation>--parameter gilt nur für --expression</translation>
    </message>
    <message>
        <source>--parameter expects NAME=NUMBER, such as a=0.5, got &apos;%1&apos;</source>
        <translation>--parameter erwartet NAME=ZAHL, etwa a=0.5, erhielt „%1“</translation>
    </message>
    <message>
        <source>--parameter: the expression has no parameters</source>
        <translation>--parameter: der Ausdruck hat keine Parameter</translation>
    </message>
    <message>
        <source>--parameter: the expression has no parameter &apos;%1&apos;; it has %2</source>
        <translation>--parameter: der Ausdruck hat keinen Parameter „%1“; er hat %2</translation>
    </message>
    <message>
        <source>--parameter: %1</source>
        <translation>--parameter: %1</translation>
    </message>
    <message>
        <source>Colours: light, dark, high-contrast or system (default: the saved choice; light for --export).</source>
        <translation>Farben: light, dark, high-contrast oder system (Vorgabe: die gespeicherte Wahl; light für --export).</translation>
    </message>
    <message>
        <source>unknown --theme &apos;%1&apos;; use light, dark, high-contrast or system</source>
        <translation>unbekanntes --theme „%1“; light, dark, high-contrast oder system verwenden</translation>
    </message>
    <message>
        <source>Draw these functions beside it, thinner and dashed, such as gelu,silu or your own formula in x, such as relu,x*(x&gt;0).</source>
        <translation>Diese Funktionen dünner und gestrichelt daneben zeichnen, etwa gelu,silu oder eine eigene Formel in x, etwa relu,x*(x&gt;0).</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Find a function, an example or a command by typing its name (in presentation mode too)</source>
        <translation>Eine Funktion, ein Beispiel oder einen Befehl finden, indem man seinen Namen tippt (auch im Präsentationsmodus)</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Function, example or command…</source>
        <translation>Funktion, Beispiel oder Befehl…</translation>
    </message>
    <message>
        <source>Search functions, examples and commands</source>
        <translation>Funktionen, Beispiele und Befehle suchen</translation>
    </message>
    <message>
        <source>No function, example or command has that name.</source>
        <translation>Keine Funktion, kein Beispiel und kein Befehl heißt so.</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>ComparedFunction</name>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the free name %2, which a compared function cannot have: write its value instead</source>
        <translation>„%1“ hat den freien Namen %2, den eine verglichene Funktion nicht haben kann: schreiben Sie stattdessen seinen Wert</translation>
    </message>
</context>
<context>
    <name>ConventionNames</name>
    <message>
        <source>Left derivative</source>
        <translation>Linksseitige Ableitung</translation>
    </message>
    <message>
        <source>Right derivative</source>
        <translation>Rechtsseitige Ableitung</translation>
    </message>
    <message>
        <source>Average of both sides</source>
        <translation>Mittelwert beider Seiten</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Undefiniert</translation>
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
        <translation>&lt;h3&gt;Warum der zentrale Differenzenquotient am Knick ½ ergibt&lt;/h3&gt;&lt;p&gt;Der zentrale Differenzenquotient (f(x+h) − f(x−h)) / 2h betrachtet beide Seiten von x zugleich. Wo f glatt ist, nähert er sich f′(x), und zwar schneller als eine einseitige Sekante.&lt;/p&gt;&lt;p&gt;Am Knick von ReLU ist er für jedes h gleich ½: Er mittelt die Steigung 0 links und die Steigung 1 rechts. Für eine Ableitung müssen sich die Sekantensteigungen aber von &lt;i&gt;beiden&lt;/i&gt; Seiten &lt;i&gt;einem&lt;/i&gt; Wert nähern. Verkleinern Sie h und beobachten Sie: Von rechts bleibt die Steigung 1, von links bleibt sie 0. Die beiden einseitigen Grenzwerte sind verschieden, also existiert f′(0) nicht, und ½ ist nur ihr Mittelwert: eine der vielen Geraden durch die Ecke, ausgewählt durch die Symmetrie der Formel und nicht durch die Funktion.&lt;/p&gt;&lt;p&gt;Numerische Werkzeuge, die mit zentralen Differenzenquotienten ableiten, geben genau aus diesem Grund am Knick 0.5 aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why do programs choose a value at the kink?&lt;/h3&gt;&lt;p&gt;At x = 0 ReLU has a corner. Coming from the left the slope is 0; coming from the right it is 1. Every line through the corner with a slope between 0 and 1 stays under the graph, so there is no single tangent, and f′(0) does not exist.&lt;/p&gt;&lt;p&gt;A neural network still needs a number there: backpropagation multiplies every gradient along the way. So each library decides, and they do not agree: at |x|&apos;s kink PyTorch and TensorFlow return 0, JAX returns 1 and TensorFlow.js −1; at leaky_relu&apos;s, JAX returns 1 where the others return the slope on the left; at relu6&apos;s kink at 6, TensorFlow.js returns 1 and the others 0. The &lt;i&gt;Convention&lt;/i&gt; menu shows each framework&apos;s value, with the version it was measured in or read from.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Does it matter?&lt;/b&gt; It is often said that it never does, because the kink is a single point. Measured, that is not true. Bertoin, Bolte, Gerchinovitz and Pauwels (NeurIPS 2021, “Numerical influence of ReLU′(0) on backpropagation”) trained the same networks with ReLU′(0) = 0 and = 1. The two differ only where a pre-activation is exactly 0.0, and low precision makes exact zeros common: on MNIST networks in float32, 2 % to 87 % of random initialisations were affected within one epoch, depending on depth and width; in float16 almost all were, in float64 none. A ResNet18 on CIFAR10 without batch normalisation trained to about 90 % with ReLU′(0) = 0 and failed to train with 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The same function, written differently, gets another derivative.&lt;/b&gt; In PyTorch 1.13 (Debian&apos;s python3-torch), measured at 0:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;torch.relu(x)&lt;/tt&gt;: 0&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt;: 1, because clamp passes the gradient wherever x ≥ min&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.maximum(x, torch.zeros_like(x))&lt;/tt&gt;: ½, because a tie splits the gradient between both inputs&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;All three compute the same values max(0, x). And &lt;tt&gt;relu(x) − relu(−x)&lt;/tt&gt; is just x, whose derivative is 1, yet every framework returns 0 at 0: a spurious derivative, which the readout names when you type such an expression.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warum wählen Programme einen Wert am Knick?&lt;/h3&gt;&lt;p&gt;Bei x = 0 hat ReLU eine Ecke. Von links kommend ist die Steigung 0, von rechts kommend 1. Jede Gerade durch die Ecke mit einer Steigung zwischen 0 und 1 bleibt unter dem Graphen, es gibt also keine eindeutige Tangente, und f′(0) existiert nicht.&lt;/p&gt;&lt;p&gt;Ein neuronales Netz braucht dort trotzdem eine Zahl: Die Rückpropagation multipliziert jeden Gradienten auf dem Weg. Also entscheidet jede Bibliothek, und sie sind sich nicht einig: Am Knick von |x| liefern PyTorch und TensorFlow 0, JAX 1 und TensorFlow.js −1; bei leaky_relu liefert JAX 1, wo die anderen die Steigung links liefern; am Knick von relu6 bei 6 liefert TensorFlow.js 1 und die anderen 0. Das Menü &lt;i&gt;Konvention&lt;/i&gt; zeigt den Wert jedes Frameworks, mit der Version, in der er gemessen oder aus der er gelesen wurde.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Spielt es eine Rolle?&lt;/b&gt; Oft heißt es, nie, weil der Knick ein einzelner Punkt ist. Gemessen stimmt das nicht. Bertoin, Bolte, Gerchinovitz und Pauwels (NeurIPS 2021, „Numerical influence of ReLU′(0) on backpropagation“) trainierten dieselben Netze mit ReLU′(0) = 0 und = 1. Beide unterscheiden sich nur, wo eine Voraktivierung genau 0.0 ist, und geringe Genauigkeit macht exakte Nullen häufig: Bei MNIST-Netzen in float32 waren je nach Tiefe und Breite 2 % bis 87 % der zufälligen Initialisierungen innerhalb einer Epoche betroffen; in float16 fast alle, in float64 keine. Ein ResNet18 auf CIFAR10 ohne Batch-Normalisierung erreichte mit ReLU′(0) = 0 etwa 90 % und ließ sich mit 1 nicht trainieren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dieselbe Funktion, anders geschrieben, bekommt eine andere Ableitung.&lt;/b&gt; In PyTorch 1.13 (python3-torch aus Debian), gemessen bei 0:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;tt&gt;torch.relu(x)&lt;/tt&gt;: 0&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt;: 1, weil clamp den Gradienten überall dort weitergibt, wo x ≥ min&lt;/li&gt;&lt;li&gt;&lt;tt&gt;torch.maximum(x, torch.zeros_like(x))&lt;/tt&gt;: ½, weil ein Gleichstand den Gradienten auf beide Eingaben aufteilt&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Alle drei berechnen dieselben Werte max(0, x). Und &lt;tt&gt;relu(x) − relu(−x)&lt;/tt&gt; ist einfach x mit der Ableitung 1, doch jedes Framework liefert bei 0 den Wert 0: eine falsche Ableitung, die die Anzeige benennt, wenn Sie einen solchen Ausdruck eingeben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExplorerActions</name>
    <message>
        <source>&amp;Derivative Panel</source>
        <translation>&amp;Ableitungsdiagramm</translation>
    </message>
    <message>
        <source>Show f′ in a panel under the function</source>
        <translation>f′ in einem eigenen Diagramm unter der Funktion zeigen</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the notebook&apos;s view: x from -4.4 to 4.4, y from -1 to 5 (or double-click the plot)</source>
        <translation>Zurück zur Ansicht des Notebooks: x von -4.4 bis 4.4, y von -1 bis 5 (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <source>To the Left &amp;Edge</source>
        <translation>Zum linken Ra&amp;nd</translation>
    </message>
    <message>
        <source>Move the probe to the left edge of the view</source>
        <translation>Den Messpunkt an den linken Rand der Ansicht setzen</translation>
    </message>
    <message>
        <source>To the Right E&amp;dge</source>
        <translation>Zum rechten Ran&amp;d</translation>
    </message>
    <message>
        <source>Move the probe to the right edge of the view</source>
        <translation>Den Messpunkt an den rechten Rand der Ansicht setzen</translation>
    </message>
    <message>
        <source>Report f′ at a kink as: %1</source>
        <translation>f′ an einem Knick angeben als: %1</translation>
    </message>
    <message>
        <source>&amp;Next Convention</source>
        <translation>&amp;Nächste Konvention</translation>
    </message>
    <message>
        <source>Cycle through the conventions</source>
        <translation>Die Konventionen der Reihe nach durchgehen</translation>
    </message>
    <message>
        <source>Show &amp;Secant</source>
        <translation>&amp;Sekante zeigen</translation>
    </message>
    <message>
        <source>Draw the secant through the probe and a second point h away, and its slope</source>
        <translation>Die Sekante durch den Messpunkt und einen zweiten Punkt im Abstand h zeichnen, samt ihrer Steigung</translation>
    </message>
    <message>
        <source>&amp;One-Sided: (f(x+h) − f(x)) / h</source>
        <translation>&amp;Einseitig: (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>The secant through x and x + h</source>
        <translation>Die Sekante durch x und x + h</translation>
    </message>
    <message>
        <source>&amp;Central: (f(x+h) − f(x−h)) / 2h</source>
        <translation>&amp;Zentral: (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>The secant through x − h and x + h; at a kink it averages both sides</source>
        <translation>Die Sekante durch x − h und x + h; an einem Knick mittelt sie beide Seiten</translation>
    </message>
    <message>
        <source>&amp;Halve h</source>
        <translation>h &amp;halbieren</translation>
    </message>
    <message>
        <source>Bring the secant&apos;s second point twice as close</source>
        <translation>Den zweiten Punkt der Sekante doppelt so nah heranholen</translation>
    </message>
    <message>
        <source>&amp;Double h</source>
        <translation>h &amp;verdoppeln</translation>
    </message>
    <message>
        <source>Move the secant&apos;s second point twice as far</source>
        <translation>Den zweiten Punkt der Sekante doppelt so weit entfernen</translation>
    </message>
    <message>
        <source>&amp;Flip h to the Other Side</source>
        <translation>h auf die &amp;andere Seite setzen</translation>
    </message>
    <message>
        <source>Change the sign of h: look at the other side of x</source>
        <translation>Das Vorzeichen von h umkehren: die andere Seite von x betrachten</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Your &amp;Own f(x)…</source>
        <translation>&amp;Eigenes f(x)…</translation>
    </message>
    <message>
        <source>Type your own function in the expression box</source>
        <translation>Eine eigene Funktion in das Ausdrucksfeld eingeben</translation>
    </message>
    <message>
        <source>&amp;Clear Comparisons</source>
        <translation>Vergleiche &amp;entfernen</translation>
    </message>
    <message>
        <source>Draw the function alone again</source>
        <translation>Die Funktion wieder allein zeichnen</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>&amp;Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the first start: ReLU, the notebook&apos;s view, the probe at 2</source>
        <translation>Zurück zum ersten Start: ReLU, die Ansicht des Notebooks, der Messpunkt bei 2</translation>
    </message>
    <message>
        <source>&amp;Values Table</source>
        <translation>&amp;Wertetabelle</translation>
    </message>
    <message>
        <source>The notebook&apos;s table of x, f(x) and the derivatives at the sample points</source>
        <translation>Die Tabelle aus dem Notebook: x, f(x) und die Ableitungen an den Stützstellen</translation>
    </message>
    <message>
        <source>Markers at x = -4, -3, ..., 4, like the notebook&apos;s first figure</source>
        <translation>Markierungen bei x = -4, -3, ..., 4, wie in der ersten Grafik des Notebooks</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move the probe left by about 1/80 of the view</source>
        <translation>Den Messpunkt um etwa 1/80 der Ansicht nach links bewegen</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Move the probe right by about 1/80 of the view</source>
        <translation>Den Messpunkt um etwa 1/80 der Ansicht nach rechts bewegen</translation>
    </message>
    <message>
        <source>&amp;Nudge Left</source>
        <translation>&amp;Fein nach links</translation>
    </message>
    <message>
        <source>Move the probe left by a tenth as much</source>
        <translation>Den Messpunkt um ein Zehntel davon nach links bewegen</translation>
    </message>
    <message>
        <source>N&amp;udge Right</source>
        <translation>F&amp;ein nach rechts</translation>
    </message>
    <message>
        <source>Move the probe right by a tenth as much</source>
        <translation>Den Messpunkt um ein Zehntel davon nach rechts bewegen</translation>
    </message>
    <message>
        <source>&amp;Keep Halving h</source>
        <translation>h immer &amp;weiter halbieren</translation>
    </message>
    <message>
        <source>Difference &amp;Quotient</source>
        <translation>Differenzen&amp;quotient</translation>
    </message>
    <message>
        <source>Show q(h) = (f(x+h) − f(x)) / h against h at the probe, for h on both sides of 0: its limits from the left and the right are f′₋ and f′₊</source>
        <translation>q(h) = (f(x+h) − f(x)) / h über h am Messpunkt zeigen, für h auf beiden Seiten von 0: die Grenzwerte von links und von rechts sind f′₋ und f′₊</translation>
    </message>
    <message>
        <source>The quotient panel&apos;s h axis in decades, 10⁻⁶ to 2 on each side of 0, so that tiny h can be seen beside large ones</source>
        <translation>Die h-Achse des Quotientendiagramms in Dekaden, 10⁻⁶ bis 2 auf jeder Seite von 0, damit winzige h neben großen zu sehen sind</translation>
    </message>
    <message>
        <source>Lo&amp;garithmic h Axis</source>
        <translation>Logarithmis&amp;che h-Achse</translation>
    </message>
    <message>
        <source>&amp;Both Sides: q(−h) and q(+h)</source>
        <translation>&amp;Beide Seiten: q(−h) und q(+h)</translation>
    </message>
    <message>
        <source>A secant to each side of x, through x − h and through x + h: their slopes tend to f′₋ and f′₊ as h shrinks</source>
        <translation>Eine Sekante zu jeder Seite von x, durch x − h und durch x + h: ihre Steigungen streben gegen f′₋ und f′₊, wenn h schrumpft</translation>
    </message>
    <message>
        <source>Stop Halving h</source>
        <translation>Halbieren von h anhalten</translation>
    </message>
    <message>
        <source>Stop the halving of h</source>
        <translation>Das Halbieren von h anhalten</translation>
    </message>
    <message>
        <source>&amp;Zoom Into the Probe</source>
        <translation>Am Messpunkt &amp;hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom ×10 around the probe: a smooth curve straightens into its tangent, a kink stays a corner</source>
        <translation>×10 um den Messpunkt zoomen: eine glatte Kurve wird zu ihrer Tangente, ein Knick bleibt eine Ecke</translation>
    </message>
    <message>
        <source>Zoom &amp;Out of the Probe</source>
        <translation>Am Messpunkt hera&amp;uszoomen</translation>
    </message>
    <message>
        <source>Zoom out ×10 around the probe</source>
        <translation>×10 um den Messpunkt herauszoomen</translation>
    </message>
    <message>
        <source>To a &amp;Kink or Other Breakpoint</source>
        <translation>Zu einem &amp;Knick oder einer anderen Sonderstelle</translation>
    </message>
    <message>
        <source>Put the probe exactly on the nearest kink, jump or other point where f′ does not exist (again: the next one)</source>
        <translation>Den Messpunkt genau auf den nächsten Knick, Sprung oder eine andere Stelle setzen, an der f′ nicht existiert (noch einmal: die nächste)</translation>
    </message>
    <message>
        <source>&amp;Equal Axis Scales (1:1)</source>
        <translation>&amp;Gleiche Skalen auf beiden Achsen (1:1)</translation>
    </message>
    <message>
        <source>A unit on y as long as a unit on x, so that a slope of 1 is drawn at 45°; the y range follows the x range</source>
        <translation>Eine Einheit auf y so lang wie eine auf x, sodass eine Steigung von 1 unter 45° erscheint; der y-Bereich folgt dem x-Bereich</translation>
    </message>
    <message>
        <source>&amp;Mirror to −x</source>
        <translation>Auf −x &amp;spiegeln</translation>
    </message>
    <message>
        <source>Move the probe from x to −x: from the slope at 2 to the slope at −2 in one key</source>
        <translation>Den Messpunkt von x nach −x setzen: mit einer Taste von der Steigung bei 2 zur Steigung bei −2</translation>
    </message>
    <message>
        <source>Report f′ at a kink as %1&apos;s autograd does (%2)</source>
        <translation>f′ am Knick so angeben, wie die Autograd von %1 es tut (%2)</translation>
    </message>
    <message>
        <source>Compare &amp;Frameworks</source>
        <translation>&amp;Frameworks vergleichen</translation>
    </message>
    <message>
        <source>Where frameworks disagree: what each framework&apos;s autograd returns at the probe&apos;s kink, as rings on the derivative panel and as a table</source>
        <translation>Wo Frameworks sich uneinig sind: was die Autograd jedes Frameworks am Knick des Messpunkts liefert, als Ringe im Ableitungsfeld und als Tabelle</translation>
    </message>
    <message>
        <source>%1 has no kink, jump or other point where f′ does not exist: the probe stays</source>
        <translation>%1 hat keinen Knick, keinen Sprung und keine andere Stelle, an der f′ nicht existiert: der Messpunkt bleibt</translation>
    </message>
    <message>
        <source>No kink, jump or other breakpoint found for %1: the probe stays</source>
        <translation>Für %1 wurde kein Knick, kein Sprung und keine andere Bruchstelle gefunden: der Messpunkt bleibt</translation>
    </message>
    <message>
        <source>Their &amp;Values in the Readout</source>
        <translation>Ihre &amp;Werte in der Anzeige</translation>
    </message>
    <message>
        <source>List each compared function&apos;s f and f′ at the probe</source>
        <translation>Für jede verglichene Funktion f und f′ am Messpunkt anzeigen</translation>
    </message>
    <message>
        <source>Your f(x)</source>
        <translation>Ihr f(x)</translation>
    </message>
    <message>
        <source>Your f(x) (type one in the expression box first)</source>
        <translation>Ihr f(x) (zuerst eines in das Ausdrucksfeld eingeben)</translation>
    </message>
    <message>
        <source>Your f(x) = %1</source>
        <translation>Ihr f(x) = %1</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>Zeichens&amp;tift</translation>
    </message>
    <message>
        <source>Draw on the plot with the mouse; the strokes follow the view and go into the exported figure</source>
        <translation>Mit der Maus auf die Grafik zeichnen; die Striche folgen der Ansicht und kommen in die exportierte Grafik</translation>
    </message>
    <message>
        <source>C&amp;lear Pen</source>
        <translation>Zeichnung &amp;löschen</translation>
    </message>
    <message>
        <source>Wipe the pen&apos;s strokes</source>
        <translation>Die Striche des Zeichenstifts löschen</translation>
    </message>
    <message>
        <source>Sample Po&amp;ints</source>
        <translation>&amp;Stützstellen</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move the view left by a tenth of its width</source>
        <translation>Die Ansicht um ein Zehntel ihrer Breite nach links verschieben</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Move the view right by a tenth of its width</source>
        <translation>Die Ansicht um ein Zehntel ihrer Breite nach rechts verschieben</translation>
    </message>
    <message>
        <source>Pan &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the view up by a tenth of its height</source>
        <translation>Die Ansicht um ein Zehntel ihrer Höhe nach oben verschieben</translation>
    </message>
    <message>
        <source>Pan &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the view down by a tenth of its height</source>
        <translation>Die Ansicht um ein Zehntel ihrer Höhe nach unten verschieben</translation>
    </message>
    <message>
        <source>P&amp;an</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Halve h on both sides of x again and again, and watch the two slopes; the view zooms in with h and keeps the zoom (View ▸ Reset View resets it). Esc, or this command again, stops.</source>
        <translation>h auf beiden Seiten von x immer wieder halbieren und die beiden Steigungen beobachten; die Ansicht zoomt mit h hinein und behält den Zoom (Ansicht ▸ Ansicht zurücksetzen setzt ihn zurück). Esc oder dieser Befehl noch einmal hält an.</translation>
    </message>
    <message>
        <source>Draw %1 beside the function, thinner and dashed</source>
        <translation>%1 dünner und gestrichelt neben der Funktion zeichnen</translation>
    </message>
    <message>
        <source>Draw the formula of the expression box beside the function, thinner and dashed, with its parameters at their values now</source>
        <translation>Die Formel aus dem Ausdrucksfeld dünner und gestrichelt neben die Funktion zeichnen, mit den jetzigen Werten ihrer Parameter</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <source>it is not finite</source>
        <translation>er ist nicht endlich</translation>
    </message>
    <message>
        <source>it reaches past ±%1</source>
        <translation>er reicht über ±%1 hinaus</translation>
    </message>
    <message>
        <source>it runs backwards</source>
        <translation>er verläuft rückwärts</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it is narrower than %1</source>
        <translation>er ist schmaler als %1</translation>
    </message>
    <message>
        <source>the function shown has no such parameter</source>
        <translation>die gezeigte Funktion hat keinen solchen Parameter</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Grafik exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>PNG pixels per figure pixel: 2 × is sharp on high-resolution screens and slides</source>
        <translation>PNG-Pixel pro Grafikpixel: 2 × ist auf hochauflösenden Bildschirmen und Folien scharf</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg)</translation>
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
        <translation>f(x) ist nirgends zwischen -10 und 10 eine reelle Zahl</translation>
    </message>
    <message>
        <source>a comparison or switch in f is within rounding of its switch at many points, so where f switches cannot be told in double precision</source>
        <translation>ein Vergleich oder Schalter in f liegt an vielen Stellen innerhalb der Rundung an seiner Schaltstelle; wo f umschaltet, lässt sich in doppelter Genauigkeit nicht sagen</translation>
    </message>
    <message>
        <source>the breakpoints crowd too closely to find them all in time; %1 are listed</source>
        <translation>die Sonderstellen liegen zu dicht, um sie rechtzeitig alle zu finden; %1 sind aufgeführt</translation>
    </message>
    <message>
        <source>more than %1 breakpoints; the list stops there</source>
        <translation>mehr als %1 Sonderstellen; die Liste endet dort</translation>
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
        <translation>eigene Funktion, z. B. max(0, x) oder x*(x&gt;0)</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Expression status</source>
        <translation>Status des Ausdrucks</translation>
    </message>
    <message>
        <source> at character %1</source>
        <translation> bei Zeichen %1</translation>
    </message>
    <message>
        <source>✗ %1%2</source>
        <translation>✗ %1%2</translation>
    </message>
    <message>
        <source>✓ f′ from the formula; %1 in [−1000, 1000]</source>
        <translation>✓ f′ aus der Formel; %1 in [−1000, 1000]</translation>
    </message>
    <message>
        <source>✓ f′ from the formula; in [−1000, 1000], %1</source>
        <translation>✓ f′ aus der Formel; in [−1000, 1000]: %1</translation>
    </message>
    <message>
        <source>Type f(x) with the variable x, in muparser syntax: + - * / ^, max, min, abs, exp, log, tanh, sigmoid, relu, comparisons such as (x&gt;0). The derivative is exact (automatic differentiation, not a difference quotient), and kinks, jumps and other breakpoints are found from the formula.</source>
        <translation>Geben Sie f(x) mit der Variablen x in muparser-Syntax ein: + - * / ^, max, min, abs, exp, log, tanh, sigmoid, relu, Vergleiche wie (x&gt;0). Die Ableitung ist exakt (automatisches Differenzieren, kein Differenzenquotient), und Knicke, Sprünge und andere Bruchstellen werden aus der Formel bestimmt.</translation>
    </message>
</context>
<context>
    <name>ExpressionParameter</name>
    <message>
        <source>the range&apos;s ends must be finite numbers</source>
        <translation>die Enden des Bereichs müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>the range&apos;s start %1 must be less than its end %2</source>
        <translation>der Anfang des Bereichs, %1, muss kleiner als sein Ende, %2, sein</translation>
    </message>
    <message>
        <source>the range from %1 to %2 is wider than 1,000,000</source>
        <translation>der Bereich von %1 bis %2 ist breiter als 1.000.000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter&apos;s name: a letter, then letters, digits or _</source>
        <translation>„%1“ ist kein Parametername: ein Buchstabe, dann Buchstaben, Ziffern oder _</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 = %2 is not in its range, %3 to %4</source>
        <translation>%1 = %2 liegt nicht in seinem Bereich, %3 bis %4</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <source>the number %1 is too large for a double</source>
        <translation>die Zahl %1 ist zu groß für eine double-Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is a function: write %1(x)</source>
        <translation>%1 ist eine Funktion: %1(x) schreiben</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;; the variable is x</source>
        <translation>unbekannter Name „%1“; die Variable heißt x</translation>
    </message>
    <message>
        <source>parentheses nest more than %1 deep</source>
        <translation>die Klammern sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion „%1“</translation>
    </message>
    <message numerus="yes">
        <source>too many arguments for %1: it takes %n</source>
        <translation>
            <numerusform>zu viele Argumente für %1: erwartet wird %n Argument</numerusform>
            <numerusform>zu viele Argumente für %1: erwartet werden %n Argumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too few arguments for %1: it takes %n</source>
        <translation>
            <numerusform>zu wenige Argumente für %1: erwartet wird %n Argument</numerusform>
            <numerusform>zu wenige Argumente für %1: erwartet werden %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>a number&apos;s exponent needs digits, as in 1e3</source>
        <translation>der Exponent einer Zahl braucht Ziffern, etwa 1e3</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>eine Klammer ist nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;?&apos; needs its &apos;:&apos; part, as in a ? b : c</source>
        <translation>„?“ braucht seinen „:“-Teil, etwa a ? b : c</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>der Ausdruck endet zu früh</translation>
    </message>
    <message>
        <source>unexpected operator &apos;=&apos;</source>
        <translation>unerwarteter Operator „=“</translation>
    </message>
    <message>
        <source>unexpected comma</source>
        <translation>unerwartetes Komma</translation>
    </message>
    <message>
        <source>a comma separates a function&apos;s arguments, and there is no function here</source>
        <translation>ein Komma trennt die Argumente einer Funktion, und hier gibt es keine Funktion</translation>
    </message>
    <message>
        <source>write one expression, without commas between expressions</source>
        <translation>nur einen Ausdruck schreiben, ohne Kommas zwischen Ausdrücken</translation>
    </message>
    <message>
        <source>unexpected parenthesis</source>
        <translation>unerwartete Klammer</translation>
    </message>
    <message>
        <source>unexpected operator &apos;==&apos;</source>
        <translation>unerwarteter Operator „==“</translation>
    </message>
    <message>
        <source>&apos;=&apos; would assign a value, and f(x) cannot; for &quot;is equal to&quot; write ==</source>
        <translation>„=“ würde einen Wert zuweisen, und das kann f(x) nicht; für „ist gleich“ == schreiben</translation>
    </message>
    <message>
        <source>&apos;:&apos; has no &apos;?&apos; before it, as in a ? b : c</source>
        <translation>vor „:“ fehlt das „?“, wie in a ? b : c</translation>
    </message>
    <message>
        <source>unexpected operator &apos;%1&apos;</source>
        <translation>unerwarteter Operator „%1“</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: write &amp;&amp; for &quot;and&quot;, || for &quot;or&quot;</source>
        <translation>unerwartetes „%1“: &amp;&amp; für „und“, || für „oder“ schreiben</translation>
    </message>
    <message>
        <source>unexpected operator &apos;!=&apos;</source>
        <translation>unerwarteter Operator „!=“</translation>
    </message>
    <message>
        <source>unexpected &apos;!&apos;: write != for &quot;is not equal to&quot;</source>
        <translation>unerwartetes „!“: != für „ist ungleich“ schreiben</translation>
    </message>
    <message>
        <source>an operator is missing before &apos;(&apos;: a product is written %1*(…)</source>
        <translation>vor „(“ fehlt ein Operator: ein Produkt schreibt man %1*(…)</translation>
    </message>
    <message>
        <source>an operator is missing before &apos;%1&apos;: a product is written %2*%1</source>
        <translation>vor „%1“ fehlt ein Operator: ein Produkt schreibt man %2*%1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>an operator is missing before &apos;%1&apos;</source>
        <translation>vor „%1“ fehlt ein Operator</translation>
    </message>
    <message>
        <source>enter f(x) in terms of x, such as max(0, x)</source>
        <translation>f(x) in Abhängigkeit von x eingeben, etwa max(0, x)</translation>
    </message>
    <message>
        <source>the expression has %1 characters; at most %2 are allowed</source>
        <translation>der Ausdruck hat %1 Zeichen; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>too many parameters: at most %1 (%2), and &apos;%3&apos; is another</source>
        <translation>zu viele Parameter: höchstens %1 (%2), und „%3“ wäre ein weiterer</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;; a parameter&apos;s name starts with a letter</source>
        <translation>unbekannter Name „%1“; der Name eines Parameters beginnt mit einem Buchstaben</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>the export path is empty</source>
        <translation>der Exportpfad ist leer</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: it is a directory</source>
        <translation>Export nach „%1“ nicht möglich: das ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: add .png, .pdf or .svg to the name</source>
        <translation>Export nach „%1“ nicht möglich: den Namen um .png, .pdf oder .svg ergänzen</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: unsupported format &apos;.%2&apos;; use .png, .pdf or .svg</source>
        <translation>Export nach „%1“ nicht möglich: Format „.%2“ wird nicht unterstützt; .png, .pdf oder .svg verwenden</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: the directory &apos;%2&apos; does not exist</source>
        <translation>Export nach „%1“ nicht möglich: das Verzeichnis „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: &apos;%2&apos; is not a directory</source>
        <translation>Export nach „%1“ nicht möglich: „%2“ ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: no permission to write in &apos;%2&apos;</source>
        <translation>Export nach „%1“ nicht möglich: keine Schreibberechtigung in „%2“</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: the file is read-only</source>
        <translation>Export nach „%1“ nicht möglich: die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>ReLU Explorer figure</source>
        <translation>Grafik aus ReLU Explorer</translation>
    </message>
    <message>
        <source>cannot export at %1x%2: each side must be between %3 and %4 pixels</source>
        <translation>Export mit %1x%2 nicht möglich: jede Seite muss zwischen %3 und %4 Pixel lang sein</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the figure could not be rendered</source>
        <translation>„%1“ kann nicht geschrieben werden: die Grafik ließ sich nicht zeichnen</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: %2</source>
        <translation>Export nach „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: it is a symbolic link to &apos;%2&apos;, which does not exist</source>
        <translation>Export nach „%1“ nicht möglich: es ist ein symbolischer Link auf „%2“, das es nicht gibt</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>it is a FIFO (named pipe), not a file</source>
        <translation>es ist ein FIFO (benannte Pipe), keine Datei</translation>
    </message>
    <message>
        <source>it is a character device, not a file</source>
        <translation>es ist ein zeichenorientiertes Gerät, keine Datei</translation>
    </message>
    <message>
        <source>it is a block device, not a file</source>
        <translation>es ist ein blockorientiertes Gerät, keine Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>it is a loop of symbolic links (%1)</source>
        <translation>es ist eine Schleife symbolischer Links (%1)</translation>
    </message>
</context>
<context>
    <name>FrameworkComparison</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FrameworkRules</name>
    <message>
        <source>TensorFlow has no hardtanh</source>
        <translation>TensorFlow hat kein hardtanh</translation>
    </message>
    <message>
        <source>JAX&apos;s hard_tanh has no bounds other than −1 and 1</source>
        <translation>JAX’ hard_tanh hat keine anderen Grenzen als −1 und 1</translation>
    </message>
    <message>
        <source>TensorFlow.js has no hardtanh</source>
        <translation>TensorFlow.js hat kein hardtanh</translation>
    </message>
    <message>
        <source>TensorFlow.js&apos;s elu has no alpha</source>
        <translation>TensorFlow.js’ elu hat kein alpha</translation>
    </message>
    <message>
        <source>TensorFlow has no hardsigmoid</source>
        <translation>TensorFlow hat kein hardsigmoid</translation>
    </message>
    <message>
        <source>TensorFlow.js has no hardsigmoid</source>
        <translation>TensorFlow.js hat kein hardsigmoid</translation>
    </message>
    <message>
        <source>TensorFlow has no hardswish</source>
        <translation>TensorFlow hat kein hardswish</translation>
    </message>
    <message>
        <source>TensorFlow.js has no hardswish</source>
        <translation>TensorFlow.js hat kein hardswish</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s softplus has no threshold</source>
        <translation>TensorFlows softplus hat keinen Schwellenwert</translation>
    </message>
    <message>
        <source>JAX&apos;s softplus has no threshold</source>
        <translation>JAX’ softplus hat keinen Schwellenwert</translation>
    </message>
    <message>
        <source>TensorFlow.js&apos;s softplus has no threshold</source>
        <translation>TensorFlow.js’ softplus hat keinen Schwellenwert</translation>
    </message>
    <message>
        <source>PyTorch 1.13.1 (Debian 12&apos;s python3-torch, torch.__version__ 1.13.0a0), measured in float32 and float64</source>
        <translation>PyTorch 1.13.1 (python3-torch aus Debian 12, torch.__version__ 1.13.0a0), gemessen in float32 und float64</translation>
    </message>
    <message>
        <source>TensorFlow 2.0.0&apos;s source (commit %1), read, not run</source>
        <translation>Quelltext von TensorFlow 2.0.0 (Commit %1), gelesen, nicht ausgeführt</translation>
    </message>
    <message>
        <source>JAX 0.11.0&apos;s source (commit %1), read, not run</source>
        <translation>Quelltext von JAX 0.11.0 (Commit %1), gelesen, nicht ausgeführt</translation>
    </message>
    <message>
        <source>TensorFlow.js 4.22.0 (its cpu backend, under Node 20), measured in float32</source>
        <translation>TensorFlow.js 4.22.0 (CPU-Backend, unter Node 20), gemessen in float32</translation>
    </message>
    <message>
        <source>No value of %1 is on record here</source>
        <translation>Für %1 ist hier kein Wert verzeichnet</translation>
    </message>
    <message>
        <source>%1, measured</source>
        <translation>%1, gemessen</translation>
    </message>
    <message>
        <source>%1, from source</source>
        <translation>%1, aus dem Quelltext</translation>
    </message>
    <message>
        <source>TensorFlow.js: tf.grad fails on a comparison</source>
        <translation>TensorFlow.js: tf.grad scheitert an einem Vergleich</translation>
    </message>
    <message>
        <source>TensorFlow returns None: no gradient reaches x</source>
        <translation>TensorFlow liefert None: kein Gradient erreicht x</translation>
    </message>
    <message>
        <source>1 in a vectorized tensor of 64 elements (measured)</source>
        <translation>1 in einem vektorisierten Tensor aus 64 Elementen (gemessen)</translation>
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
        <translation>f′ am Knick</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where frameworks disagree</source>
        <translation>Wo Frameworks sich uneinig sind</translation>
    </message>
    <message>
        <source>Put the probe on a kink (K) to see what each framework&apos;s autograd returns there.</source>
        <translation>Setzen Sie den Messpunkt auf einen Knick (K), um zu sehen, was die Autograd jedes Frameworks dort liefert.</translation>
    </message>
    <message>
        <source>At the kink of %1 at x = %2, where f′ does not exist, autograd returns:</source>
        <translation>Am Knick von %1 bei x = %2, wo f′ nicht existiert, liefert Autograd:</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
</context>
<context>
    <name>FunctionChooser</name>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Type part of a name to filter the functions; Enter picks the first match</source>
        <translation>Einen Teil des Namens eingeben, um die Funktionen zu filtern; Enter wählt den ersten Treffer</translation>
    </message>
    <message>
        <source>Search functions</source>
        <translation>Funktionen suchen</translation>
    </message>
    <message>
        <source>your own f(x)…</source>
        <translation>eigenes f(x)…</translation>
    </message>
    <message>
        <source>Type f(x) in the expression box</source>
        <translation>f(x) in das Ausdrucksfeld eingeben</translation>
    </message>
    <message>
        <source>The function to explore; PyTorch&apos;s names</source>
        <translation>Die zu untersuchende Funktion; Namen wie in PyTorch</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
</context>
<context>
    <name>FunctionGraph</name>
    <message numerus="yes">
        <source>f′ undefined at each of the %n kinks</source>
        <translation>
            <numerusform>f′ undefiniert an %n Knick</numerusform>
            <numerusform>f′ undefiniert an jedem der %n Knicke</numerusform>
        </translation>
    </message>
    <message>
        <source>f′ undefined at each kink</source>
        <translation>f′ undefiniert an jedem Knick</translation>
    </message>
    <message>
        <source>jumps: f′ does not exist there</source>
        <translation>Sprünge: f′ existiert dort nicht</translation>
    </message>
    <message>
        <source>holes or points off the curve: f′ does not exist there</source>
        <translation>Löcher oder Punkte neben der Kurve: f′ existiert dort nicht</translation>
    </message>
    <message>
        <source>jumps and holes: f′ does not exist there</source>
        <translation>Sprünge und Löcher: f′ existiert dort nicht</translation>
    </message>
</context>
<context>
    <name>GraphDescriptionDialog</name>
    <message>
        <source>Describe Graph</source>
        <translation>Graph beschreiben</translation>
    </message>
    <message>
        <source>Graph description</source>
        <translation>Beschreibung des Graphen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the description to the clipboard</source>
        <translation>Die Beschreibung in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>KinkFan</name>
    <message>
        <source>fan %1: all under the graph</source>
        <translation>Fächer %1: alle unter dem Graphen</translation>
    </message>
    <message>
        <source>fan %1: between the one-sided tangents</source>
        <translation>Fächer %1: zwischen den einseitigen Tangenten</translation>
    </message>
    <message>
        <source>fan %1: above the graph near the kink</source>
        <translation>Fächer %1: nahe dem Knick über dem Graphen</translation>
    </message>
    <message>
        <source>fan %1: under the graph near the kink</source>
        <translation>Fächer %1: nahe dem Knick unter dem Graphen</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of function names</source>
        <translation>„%1“ muss eine Liste von Funktionsnamen sein</translation>
    </message>
    <message>
        <source>&apos;view.%1&apos; must be two numbers, [from, to]</source>
        <translation>„view.%1“ muss aus zwei Zahlen bestehen, [von, bis]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>not a lesson file: %1 at byte %2</source>
        <translation>keine Lektionsdatei: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a lesson file: it holds no JSON object</source>
        <translation>keine Lektionsdatei: sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a lesson file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>keine Lektionsdatei: &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the lesson file has no whole-number &quot;version&quot;</source>
        <translation>die Lektionsdatei hat keine ganzzahlige &quot;version&quot;</translation>
    </message>
    <message>
        <source>this lesson was saved by a newer ReLU Explorer (lesson format %1); this version reads format %2 and older</source>
        <translation>diese Lektion wurde mit einem neueren ReLU Explorer gespeichert (Lektionsformat %1); diese Version liest Format %2 und älter</translation>
    </message>
    <message>
        <source>the lesson file&apos;s version %1 is not valid</source>
        <translation>die Version %1 der Lektionsdatei ist ungültig</translation>
    </message>
    <message>
        <source>in &apos;samples&apos;: %1</source>
        <translation>in „samples“: %1</translation>
    </message>
    <message>
        <source>unknown convention &apos;%1&apos;; use one of %2</source>
        <translation>unbekannte Konvention „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>cannot open lesson &apos;%1&apos;: %2</source>
        <translation>Lektion „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a lesson is at most %2</source>
        <translation>die Datei hat %1 Bytes; eine Lektion hat höchstens %2</translation>
    </message>
    <message>
        <source>the lesson path is empty</source>
        <translation>der Pfad der Lektion ist leer</translation>
    </message>
    <message>
        <source>cannot save lesson to &apos;%1&apos;: it is a directory</source>
        <translation>Lektion kann nicht unter „%1“ gespeichert werden: das ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot save lesson to &apos;%1&apos;: the directory &apos;%2&apos; does not exist</source>
        <translation>Lektion kann nicht unter „%1“ gespeichert werden: das Verzeichnis „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot save lesson to &apos;%1&apos;: %2</source>
        <translation>Lektion kann nicht unter „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>unknown quotientScale &apos;%1&apos;; use linear or log</source>
        <translation>unbekannte quotientScale &apos;%1&apos;; linear oder log verwenden</translation>
    </message>
    <message>
        <source>unknown secant &apos;%1&apos;; use off, forward, central or both</source>
        <translation>unbekannte Sekante &apos;%1&apos;; off, forward, central oder both verwenden</translation>
    </message>
    <message>
        <source>the file is more than %1 bytes; a lesson is at most that</source>
        <translation>die Datei ist größer als %1 Byte; so groß darf eine Lektion höchstens sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of objects such as {&quot;name&quot;: &quot;a&quot;, &quot;value&quot;: 0.5, &quot;range&quot;: [-5, 5]}</source>
        <translation>„%1“ muss eine Liste von Objekten wie {&quot;name&quot;: &quot;a&quot;, &quot;value&quot;: 0.5, &quot;range&quot;: [-5, 5]} sein</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <source>1. What ReLU does</source>
        <translation>1. Was ReLU macht</translation>
    </message>
    <message>
        <source>&lt;p&gt;ReLU, the rectified linear unit, is &lt;b&gt;f(x) = max(0, x)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A positive number passes through unchanged: f(1) = 1, f(3) = 3. A negative number becomes 0: f(−1) = 0, f(−3) = 0. And 0 stays 0.&lt;/p&gt;&lt;p&gt;The probe sits at x = 3. Drag it, or use ← and →, and watch the readout: left of 0 f(x) is always 0; right of 0 it is x itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ReLU, die Rectified Linear Unit, ist &lt;b&gt;f(x) = max(0, x)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Eine positive Zahl geht unverändert durch: f(1) = 1, f(3) = 3. Eine negative Zahl wird zu 0: f(−1) = 0, f(−3) = 0. Und 0 bleibt 0.&lt;/p&gt;&lt;p&gt;Der Messpunkt steht bei x = 3. Ziehen Sie ihn oder benutzen Sie ← und →, und beobachten Sie die Anzeige: Links von 0 ist f(x) immer 0, rechts von 0 ist es x selbst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>2. A table of values</source>
        <translation>2. Eine Wertetabelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;Take x = −4, −3, …, 4, as numpy&apos;s &lt;tt&gt;arange(-4, 5, 1)&lt;/tt&gt; does, and compute f for each. The table shows them: f(X) = 0 0 0 0 0 1 2 3 4.&lt;/p&gt;&lt;p&gt;The dots on the curve are these sample points. Joined up, they already show the shape: flat, then a straight rise. Click a row to move the probe there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nehmen Sie x = −4, −3, …, 4, wie es &lt;tt&gt;arange(-4, 5, 1)&lt;/tt&gt; in numpy tut, und berechnen Sie f für jeden dieser Werte. Die Tabelle zeigt sie: f(X) = 0 0 0 0 0 1 2 3 4.&lt;/p&gt;&lt;p&gt;Die Punkte auf der Kurve sind diese Stützstellen. Verbunden zeigen sie schon die Form: erst flach, dann ein gerader Anstieg. Klicken Sie auf eine Zeile, um den Messpunkt dorthin zu setzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>3. The slope at x = 2 and at x = −2</source>
        <translation>3. Die Steigung bei x = 2 und bei x = −2</translation>
    </message>
    <message>
        <source>4. The coloured figure</source>
        <translation>4. Die farbige Grafik</translation>
    </message>
    <message>
        <source>&lt;p&gt;Colour the graph by its slope: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; where f′(x) = 0, &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;green&lt;/b&gt;&lt;/span&gt; where f′(x) = 1. The panel underneath draws f′ itself: a step from 0 to 1.&lt;/p&gt;&lt;p&gt;At x = 0 the step has no value of its own. The open circles are the limits from each side; the &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;red&lt;/b&gt;&lt;/span&gt; dot is the value a program uses instead, as the legend says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Graph ist nach seiner Steigung gefärbt: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;blau&lt;/b&gt;&lt;/span&gt;, wo f′(x) = 0, &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;grün&lt;/b&gt;&lt;/span&gt;, wo f′(x) = 1. Das Diagramm darunter zeichnet f′ selbst: eine Stufe von 0 auf 1.&lt;/p&gt;&lt;p&gt;Bei x = 0 hat die Stufe keinen eigenen Wert. Die offenen Kreise sind die einseitigen Grenzwerte von links und von rechts; der &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;rote&lt;/b&gt;&lt;/span&gt; Punkt ist der Wert, den ein Programm stattdessen verwendet, wie die Legende angibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>5. The kink and its many lines</source>
        <translation>5. Der Knick und seine vielen Geraden</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>The previous page (↑ or Page Up)</source>
        <translation>Die vorherige Seite (↑ oder Bild↑)</translation>
    </message>
    <message>
        <source>The next page (↓ or Page Down)</source>
        <translation>Die nächste Seite (↓ oder Bild↓)</translation>
    </message>
    <message>
        <source>Previous lesson page</source>
        <translation>Vorherige Seite der Lektion</translation>
    </message>
    <message>
        <source>Next lesson page</source>
        <translation>Nächste Seite der Lektion</translation>
    </message>
    <message>
        <source>&lt;p&gt;The derivative is the slope of the graph. The dashed line is the tangent at the probe, at x = 2: it rises 1 for every 1 to the right, so &lt;b&gt;f′(2) = 1&lt;/b&gt;. The same holds at every x &amp;gt; 0.&lt;/p&gt;&lt;p&gt;Now &lt;a href=&apos;probe:-2&apos;&gt;move the probe to x = −2&lt;/a&gt;, or press M, which mirrors it from x = 2 to x = −2. The graph is flat there, and so is the tangent: &lt;b&gt;f′(−2) = 0&lt;/b&gt;, as for every x &amp;lt; 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Ableitung ist die Steigung des Graphen. Die gestrichelte Linie ist die Tangente am Messpunkt, bei x = 2: Sie steigt um 1 pro Einheit nach rechts, also ist &lt;b&gt;f′(2) = 1&lt;/b&gt;. Dasselbe gilt für jedes x &amp;gt; 0.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;probe:-2&apos;&gt;Setzen Sie jetzt den Messpunkt auf x = −2&lt;/a&gt;, oder drücken Sie M: Das spiegelt ihn von x = 2 nach x = −2. Dort ist der Graph flach, und die Tangente ebenso: &lt;b&gt;f′(−2) = 0&lt;/b&gt;, wie für jedes x &amp;lt; 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>6. The limit from both sides</source>
        <translation>6. Der Grenzwert von beiden Seiten</translation>
    </message>
    <message>
        <source>7. The convention, and sparsity</source>
        <translation>7. Die Konvention und dünn besetzte Gradienten</translation>
    </message>
    <message>
        <source>&lt;p&gt;The slope of the secant through (x, f(x)) and (x + h, f(x + h)) is the &lt;i&gt;difference quotient&lt;/i&gt; q(h) = (f(x + h) − f(x)) / h. The derivative f′(x) is the number q(h) approaches as h shrinks to 0, from both sides.&lt;/p&gt;&lt;p&gt;The bottom panel plots q(h) against h at x = 0: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;q(−h) = 0&lt;/b&gt;&lt;/span&gt; on the left and &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;q(+h) = 1&lt;/b&gt;&lt;/span&gt; on the right, for every h. Press H to halve h again and again: the two secants close in on the corner, the table “q(h) at the probe” (T shows it) gains a row each time, and the two sides never meet. The open circles at h = 0 are the one-sided limits, 0 and 1. They differ, so q(h) has no limit, and f′(0) is undefined.&lt;/p&gt;&lt;p&gt;The &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;grey&lt;/b&gt;&lt;/span&gt; line, on both sides of 0, is the central difference (f(x + h) − f(x − h)) / 2h. It is ½ for every h, but ½ is only the average of the two one-sided slopes, not a derivative. &lt;a href=&apos;probe:2&apos;&gt;Move the probe to x = 2&lt;/a&gt;: there both sides of q(h) are 1, the same limit, and f′(2) = 1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Steigung der Sekante durch (x, f(x)) und (x + h, f(x + h)) ist der &lt;i&gt;Differenzenquotient&lt;/i&gt; q(h) = (f(x + h) − f(x)) / h. Die Ableitung f′(x) ist die Zahl, der sich q(h) nähert, wenn h von beiden Seiten gegen 0 geht.&lt;/p&gt;&lt;p&gt;Das untere Diagramm zeigt q(h) über h bei x = 0: &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;q(−h) = 0&lt;/b&gt;&lt;/span&gt; links und &lt;span style=&apos;color:%2&apos;&gt;&lt;b&gt;q(+h) = 1&lt;/b&gt;&lt;/span&gt; rechts, für jedes h. Drücken Sie H, um h immer wieder zu halbieren: Die beiden Sekanten rücken an die Ecke heran, die Tabelle „q(h) am Messpunkt“ (T zeigt sie) bekommt jedes Mal eine Zeile dazu, und die beiden Seiten treffen sich nie. Die offenen Kreise bei h = 0 sind die einseitigen Grenzwerte, 0 und 1. Sie sind verschieden, also hat q(h) keinen Grenzwert, und f′(0) ist undefiniert.&lt;/p&gt;&lt;p&gt;Die &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;graue&lt;/b&gt;&lt;/span&gt; Linie, auf beiden Seiten von 0, ist der zentrale Differenzenquotient (f(x + h) − f(x − h)) / 2h. Er ist ½ für jedes h, aber ½ ist nur der Mittelwert der beiden einseitigen Steigungen, keine Ableitung. &lt;a href=&apos;probe:2&apos;&gt;Setzen Sie den Messpunkt auf x = 2&lt;/a&gt;: Dort sind beide Seiten von q(h) gleich 1, derselbe Grenzwert, und f′(2) = 1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A neural network still needs a number at x = 0, so each library picks one. PyTorch&apos;s &lt;tt&gt;torch.relu&lt;/tt&gt; uses &lt;b&gt;0&lt;/b&gt;: the dashed line in the fan.&lt;/p&gt;&lt;p&gt;Why 0? A unit whose input is not positive then passes no gradient back, which keeps many gradients exactly 0: sparse.&lt;/p&gt;&lt;p&gt;Does the choice matter? On paper an input lands exactly on 0 almost never, the kink being a single point. In a computer it does: exact zeros are common in low precision. Bertoin et al. (NeurIPS 2021) backpropagated through the same MNIST networks with ReLU′(0) = 0 and with 1: in float32 the gradients differed for 2 % to 87 % of random initialisations within one epoch, in float16 for almost all, in float64 for none.&lt;/p&gt;&lt;p&gt;Press C to try the other conventions: the legend, the readout and the red dot follow. &lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt; uses 1; &lt;tt&gt;torch.maximum(x, 0)&lt;/tt&gt; uses ½.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein neuronales Netz braucht bei x = 0 trotzdem eine Zahl, also wählt jede Bibliothek eine. &lt;tt&gt;torch.relu&lt;/tt&gt; aus PyTorch verwendet &lt;b&gt;0&lt;/b&gt;: die gestrichelte Linie im Fächer.&lt;/p&gt;&lt;p&gt;Warum 0? Ein Neuron, dessen Eingabe nicht positiv ist, gibt dann keinen Gradienten zurück. Dadurch sind viele Gradienten genau 0: dünn besetzt (sparse).&lt;/p&gt;&lt;p&gt;Spielt die Wahl eine Rolle? Auf dem Papier landet eine Eingabe fast nie genau auf 0, denn der Knick ist ein einzelner Punkt. Im Rechner schon: Bei geringer Genauigkeit sind exakte Nullen häufig. Bertoin et al. (NeurIPS 2021) haben dieselben MNIST-Netze mit ReLU′(0) = 0 und mit 1 rückwärts gerechnet: In float32 unterschieden sich die Gradienten bei 2 % bis 87 % der zufälligen Initialisierungen innerhalb einer Epoche, in float16 bei fast allen, in float64 bei keiner.&lt;/p&gt;&lt;p&gt;Drücken Sie C, um die anderen Konventionen auszuprobieren: Legende, Anzeige und roter Punkt passen sich an. &lt;tt&gt;torch.clamp(x, min=0)&lt;/tt&gt; verwendet 1, &lt;tt&gt;torch.maximum(x, 0)&lt;/tt&gt; verwendet ½.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lesson page %1 of %2: %3.</source>
        <translation>Lektion, Seite %1 von %2: %3.</translation>
    </message>
    <message>
        <source>&lt;p&gt;At x = 0 the graph has a corner, a &lt;i&gt;kink&lt;/i&gt;. Which line is the tangent there? Every line through the corner with a slope from 0 to 1 stays on or below the graph: a slope strictly between 0 and 1 touches it only at the corner, while the slopes 0 and 1 run along a whole side. The dotted fan shows them.&lt;/p&gt;&lt;p&gt;There is no single tangent, so &lt;b&gt;f′(0) is undefined&lt;/b&gt;. From the left the slope is 0, from the right it is 1. The set of all these slopes, [0, 1], is the &lt;i&gt;subdifferential&lt;/i&gt; ∂f(0), and each slope in it is a &lt;i&gt;subgradient&lt;/i&gt;. As ReLU is convex, this set is also its &lt;i&gt;Clarke gradient&lt;/i&gt;, the name the readout gives the set of slopes at every kink. Press H to halve h on both sides at once: the secant slopes q(−h) = 0 and q(+h) = 1 never agree, however small h gets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei x = 0 hat der Graph eine Ecke, einen &lt;i&gt;Knick&lt;/i&gt;. Welche Gerade ist dort die Tangente? Jede Gerade durch die Ecke mit einer Steigung von 0 bis 1 bleibt auf oder unter dem Graphen: eine Steigung echt zwischen 0 und 1 berührt ihn nur in der Ecke, die Steigungen 0 und 1 laufen eine ganze Seite entlang. Der gepunktete Fächer zeigt sie.&lt;/p&gt;&lt;p&gt;Es gibt keine eindeutige Tangente, also ist &lt;b&gt;f′(0) undefiniert&lt;/b&gt;. Von links ist die Steigung 0, von rechts 1. Die Menge all dieser Steigungen, [0, 1], ist das &lt;i&gt;Subdifferential&lt;/i&gt; ∂f(0), und jede Steigung darin ist ein &lt;i&gt;Subgradient&lt;/i&gt;. Da ReLU konvex ist, ist diese Menge auch ihr &lt;i&gt;Clarke-Gradient&lt;/i&gt;, so nennt die Anzeige die Menge der Steigungen an jedem Knick. Drücken Sie H, um h auf beiden Seiten zugleich zu halbieren: die Sekantensteigungen q(−h) = 0 und q(+h) = 1 stimmen nie überein, wie klein h auch wird.&lt;/p&gt;</translation>
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
        <translation>Einige gespeicherte Einstellungen waren unbrauchbar und wurden zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>The session could not be saved to %1</source>
        <translation>Die Sitzung konnte nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Opened lesson %1</source>
        <translation>Lektion %1 geöffnet</translation>
    </message>
    <message>
        <source>ReLU Explorer lessons (*.relulesson *.json);;All files (*)</source>
        <translation>Lektionen für ReLU Explorer (*.relulesson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Lesson As</source>
        <translation>Lektion speichern unter</translation>
    </message>
    <message>
        <source>ReLU Explorer lessons (*.relulesson *.json)</source>
        <translation>Lektionen für ReLU Explorer (*.relulesson *.json)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Saved lesson %1</source>
        <translation>Lektion %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <source>Open a lesson prepared in advance</source>
        <translation>Eine vorbereitete Lektion öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Lesson As…</source>
        <translation>Lektion speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save everything on screen as a lesson file</source>
        <translation>Alles auf dem Bildschirm als Lektionsdatei speichern</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>Grafik &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the figure as PNG, PDF or SVG</source>
        <translation>Die Grafik als PNG, PDF oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>Grafik &amp;kopieren</translation>
    </message>
    <message>
        <source>Put the figure on the clipboard as an image</source>
        <translation>Die Grafik als Bild in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Copy &amp;Values</source>
        <translation>&amp;Werte kopieren</translation>
    </message>
    <message>
        <source>Put the readout (x, f(x), f′(x)) on the clipboard as text</source>
        <translation>Die angezeigten Werte (x, f(x), f′(x)) als Text in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Full screen, large type for the back row (Esc leaves)</source>
        <translation>Vollbild, große Schrift für die letzte Reihe (Esc beendet)</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Messpunkt</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Konvention</translation>
    </message>
    <message>
        <source>&amp;Why a Convention?</source>
        <translation>&amp;Warum eine Konvention?</translation>
    </message>
    <message>
        <source>Why a Convention?</source>
        <translation>Warum eine Konvention?</translation>
    </message>
    <message>
        <source>&amp;Secant</source>
        <translation>&amp;Sekante</translation>
    </message>
    <message>
        <source>Why ½ at the Kink?</source>
        <translation>Warum ½ am Knick?</translation>
    </message>
    <message>
        <source>The Central Difference at a Kink</source>
        <translation>Der zentrale Differenzenquotient am Knick</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>Why a &amp;Convention at the Kink?</source>
        <translation>Warum eine &amp;Konvention am Knick?</translation>
    </message>
    <message>
        <source>Why the Central Difference Gives &amp;½</source>
        <translation>Warum der zentrale Differenzenquotient &amp;½ ergibt</translation>
    </message>
    <message>
        <source>&amp;About ReLU Explorer</source>
        <translation>Ü&amp;ber ReLU Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>f′ at a kink:</source>
        <translation>f′ am Knick:</translation>
    </message>
    <message>
        <source>Convention at a kink</source>
        <translation>Konvention am Knick</translation>
    </message>
    <message>
        <source>one-sided  (f(x+h) − f(x)) / h</source>
        <translation>einseitig  (f(x+h) − f(x)) / h</translation>
    </message>
    <message>
        <source>central  (f(x+h) − f(x−h)) / 2h</source>
        <translation>zentral  (f(x+h) − f(x−h)) / 2h</translation>
    </message>
    <message>
        <source>Kind of secant</source>
        <translation>Art der Sekante</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare with other functions</source>
        <translation>Mit anderen Funktionen vergleichen</translation>
    </message>
    <message>
        <source>Values Table</source>
        <translation>Wertetabelle</translation>
    </message>
    <message>
        <source>Shrink h with [ or H and watch the secant&apos;s slope approach the tangent&apos;s.</source>
        <translation>Verkleinern Sie h mit [ oder H und beobachten Sie, wie sich die Steigung der Sekante der Steigung der Tangente nähert.</translation>
    </message>
    <message>
        <source>Drag the point along the curve (or use ← →). Drag elsewhere to pan, scroll to zoom, double-click or R to reset.</source>
        <translation>Ziehen Sie den Punkt entlang der Kurve (oder mit ← →). Anderswo ziehen verschiebt die Ansicht, Scrollen zoomt, Doppelklick oder R setzt zurück.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>Copied the figure</source>
        <translation>Grafik kopiert</translation>
    </message>
    <message>
        <source>Copied x, f(x) and f′(x)</source>
        <translation>x, f(x) und f′(x) kopiert</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;The derivative of ReLU, f(x) = max(0, x), made visible: drag a point along the curve to see its tangent and slope, and see why f′(0) needs a convention.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Explorer %1&lt;/h3&gt;&lt;p&gt;Die Ableitung von ReLU, f(x) = max(0, x), sichtbar gemacht: Ziehen Sie einen Punkt entlang der Kurve, um Tangente und Steigung zu sehen, und erfahren Sie, warum f′(0) eine Konvention braucht.&lt;/p&gt;&lt;p&gt;Qt %2 · QCustomPlot %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ReLU Explorer</source>
        <translation>Über ReLU Explorer</translation>
    </message>
    <message>
        <source>Your own f(x): its derivative and its breakpoints come from the formula, exactly.</source>
        <translation>Eigenes f(x): Die Ableitung und die Sonderstellen ergeben sich exakt aus der Formel.</translation>
    </message>
    <message>
        <source>Next Lesson Page</source>
        <translation>Nächste Seite der Lektion</translation>
    </message>
    <message>
        <source>Previous Lesson Page</source>
        <translation>Vorherige Seite der Lektion</translation>
    </message>
    <message>
        <source>both sides  q(−h), q(+h)</source>
        <translation>beide Seiten  q(−h), q(+h)</translation>
    </message>
    <message>
        <source>One-sided: the secant through x and x + h. Central: through x − h and x + h, which at a kink gives the average of both sides. Both sides: a secant to each side of x, whose slopes tend to f′₋ and f′₊.</source>
        <translation>Einseitig: die Sekante durch x und x + h. Zentral: durch x − h und x + h, was an einem Knick den Mittelwert beider Seiten ergibt. Beide Seiten: eine Sekante zu jeder Seite von x, deren Steigungen gegen f′₋ und f′₊ streben.</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Open Lesson %1</source>
        <translation>Lektion %1 öffnen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Wieder&amp;herstellen: %1</translation>
    </message>
    <message>
        <source>Take back the last change: a probe move, a function, a setting</source>
        <translation>Die letzte Änderung zurücknehmen: eine Bewegung des Messpunkts, eine Funktion, eine Einstellung</translation>
    </message>
    <message>
        <source>Make again the change just taken back</source>
        <translation>Die eben zurückgenommene Änderung wiederholen</translation>
    </message>
    <message>
        <source>Where Frameworks Disagree</source>
        <translation>Wo Frameworks sich uneinig sind</translation>
    </message>
    <message>
        <source>&amp;Examples: Same Function, Other Derivative</source>
        <translation>&amp;Beispiele: gleiche Funktion, andere Ableitung</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>The notebook&apos;s lesson, page by page (↓ next, ↑ back); F1 again hides it</source>
        <translation>Die Lektion des Notebooks, Seite für Seite (↓ weiter, ↑ zurück); F1 blendet sie wieder aus</translation>
    </message>
    <message>
        <source>&amp;Restart Lesson</source>
        <translation>Lektion &amp;neu beginnen</translation>
    </message>
    <message>
        <source>The lesson from its first page, with that page&apos;s function and probe</source>
        <translation>Die Lektion ab der ersten Seite, mit deren Funktion und Messpunkt</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>All &amp;Menus</source>
        <translation>Alle &amp;Menüs</translation>
    </message>
    <message>
        <source>Every menu in one, also in presentation mode (F10)</source>
        <translation>Alle Menüs in einem, auch im Präsentationsmodus (F10)</translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation>☰ Menü</translation>
    </message>
    <message>
        <source>Every menu (F10)</source>
        <translation>Alle Menüs (F10)</translation>
    </message>
    <message>
        <source>All menus</source>
        <translation>Alle Menüs</translation>
    </message>
    <message>
        <source>The lesson was not opened: %1</source>
        <translation>Die Lektion wurde nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>The lesson could not be opened; nothing else was changed.</source>
        <translation>Die Lektion konnte nicht geöffnet werden; sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Descri&amp;be Graph…</source>
        <translation>Graph &amp;beschreiben…</translation>
    </message>
    <message>
        <source>The graph in words: its pieces, kinks and jumps with both sides, the convention, the probe</source>
        <translation>Der Graph in Worten: seine Stücke, Knicke und Sprungstellen mit beiden Seiten, die Konvention, der Messpunkt</translation>
    </message>
    <message>
        <source>Prese&amp;ntation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Le&amp;sson Panel</source>
        <translation>Le&amp;ktionsbereich</translation>
    </message>
    <message>
        <source>Show or hide the lesson beside the plot (Esc in it closes it)</source>
        <translation>Die Lektion neben dem Diagramm zeigen oder ausblenden (Esc in ihr schließt sie)</translation>
    </message>
    <message>
        <source>Single-&amp;Key Shortcuts</source>
        <translation>&amp;Einzeltasten-Kürzel</translation>
    </message>
    <message>
        <source>Keys of one character (K, S, [, Shift+P …) as shortcuts; off, only keys with Ctrl or Alt, the arrows and the function keys act, and every command stays in its menu</source>
        <translation>Tasten mit einem Zeichen (K, S, [, Umschalt+P …) als Kürzel; aus, wirken nur Tasten mit Strg oder Alt, die Pfeile und die Funktionstasten, und jeder Befehl bleibt in seinem Menü</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Every command&apos;s keys, as the menus have them</source>
        <translation>Die Tasten jedes Befehls, wie sie in den Menüs stehen</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Clos&amp;e the Lesson</source>
        <translation>Lektion schli&amp;eßen</translation>
    </message>
    <message>
        <source>Hide the lesson (Esc while it has the focus); F1 brings it back at the same page</source>
        <translation>Die Lektion ausblenden (Esc, während sie den Fokus hat); F1 holt sie auf derselben Seite zurück</translation>
    </message>
    <message>
        <source>Shrink h (Secant ▸ Halve h) and watch the secant&apos;s slope approach the tangent&apos;s.</source>
        <translation>h verkleinern (Sekante ▸ h halbieren) und zusehen, wie sich die Steigung der Sekante der der Tangente nähert.</translation>
    </message>
    <message>
        <source>Drag the point along the curve (or use ← →). Drag elsewhere to pan (or Ctrl+arrows), scroll to zoom, double-click to reset.</source>
        <translation>Den Punkt entlang der Kurve ziehen (oder ← → benutzen). Anderswo ziehen verschiebt (oder Strg+Pfeile), Mausrad zoomt, Doppelklick setzt zurück.</translation>
    </message>
    <message>
        <source>More of %1</source>
        <translation>Mehr aus %1</translation>
    </message>
    <message>
        <source>The controls of %1 that do not fit</source>
        <translation>Die Bedienelemente von %1, die keinen Platz haben</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>What the app reports as f′ where it does not exist. Frameworks must pick a value; Convention ▸ Why a Convention? explains, and Convention ▸ Next Convention cycles through them.</source>
        <translation>Was die App als f′ angibt, wo f′ nicht existiert. Frameworks müssen einen Wert wählen; Konvention ▸ Warum eine Konvention? erklärt es, und Konvention ▸ Nächste Konvention wechselt zwischen ihnen.</translation>
    </message>
    <message>
        <source>Draw other functions beside this one, thinner and dashed</source>
        <translation>Andere Funktionen dünner und gestrichelt daneben zeichnen</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>%1 slider</source>
        <translation>Schieberegler %1</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, von %2 bis %3</translation>
    </message>
    <message>
        <source>the parameter %1 of your f(x)</source>
        <translation>der Parameter %1 Ihres f(x)</translation>
    </message>
    <message>
        <source>range…</source>
        <translation>Bereich…</translation>
    </message>
    <message>
        <source>Set the range of %1&apos;s slider</source>
        <translation>Den Bereich des Schiebereglers für %1 festlegen</translation>
    </message>
    <message>
        <source>%1 range</source>
        <translation>Bereich von %1</translation>
    </message>
    <message>
        <source>only your own f(x)&apos;s parameters have a range to set</source>
        <translation>nur die Parameter Ihres eigenen f(x) haben einen einstellbaren Bereich</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Bereich von %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
</context>
<context>
    <name>PieceGraphs</name>
    <message numerus="yes">
        <source>and %n more pieces, each with its own f′</source>
        <translation>
            <numerusform>und %n weiterer Abschnitt mit eigenem f′</numerusform>
            <numerusform>und %n weitere Abschnitte, jeder mit eigenem f′</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>Function plot</source>
        <translation>Funktionsgraph</translation>
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
        <translation>Ableitungsdiagramm eingeblendet</translation>
    </message>
    <message>
        <source>Derivative panel hidden</source>
        <translation>Ableitungsdiagramm ausgeblendet</translation>
    </message>
    <message>
        <source>Difference quotient panel shown: q(h) against h</source>
        <translation>Differenzenquotient eingeblendet: q(h) über h</translation>
    </message>
    <message>
        <source>Difference quotient panel hidden</source>
        <translation>Differenzenquotient ausgeblendet</translation>
    </message>
</context>
<context>
    <name>ProbeOverlay</name>
    <message>
        <source>slope %1</source>
        <translation>Steigung %1</translation>
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
        <translation>(Mittelwert beider Seiten, keine Steigung von f)</translation>
    </message>
    <message>
        <source>f is undefined for x &lt; %1; f → %2 from the right</source>
        <translation>f ist für x &lt; %1 undefiniert; f → %2 von rechts</translation>
    </message>
    <message>
        <source>f is undefined for x &gt; %1; f → %2 from the left</source>
        <translation>f ist für x &gt; %1 undefiniert; f → %2 von links</translation>
    </message>
    <message>
        <source>f has no limit there: it oscillates</source>
        <translation>f hat dort keinen Grenzwert: f oszilliert</translation>
    </message>
    <message>
        <source>the limits of f there are not known</source>
        <translation>die Grenzwerte von f sind dort nicht bekannt</translation>
    </message>
    <message>
        <source>f → %1 from both sides</source>
        <translation>f → %1 von beiden Seiten</translation>
    </message>
    <message>
        <source>f → %1 from the left, %2 from the right</source>
        <translation>f → %1 von links, %2 von rechts</translation>
    </message>
    <message>
        <source>jump at %1: %2 does not exist</source>
        <translation>Sprungstelle bei %1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>hole at %1: f(%1) is undefined, so %2 does not exist</source>
        <translation>Lücke bei %1: f(%1) ist undefiniert, also existiert %2 nicht</translation>
    </message>
    <message>
        <source>f(%1) lies off the curve: %2 does not exist</source>
        <translation>f(%1) liegt neben der Kurve: %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 at %2: %3 does not exist (infinite slope)</source>
        <translation>%1 bei %2: %3 existiert nicht (unendliche Steigung)</translation>
    </message>
    <message>
        <source>f oscillates near %1: %2 does not exist</source>
        <translation>f oszilliert nahe %1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>pole at %1: f is undefined there</source>
        <translation>Polstelle bei %1: f ist dort undefiniert</translation>
    </message>
    <message>
        <source>end of f&apos;s domain at %1: %2 does not exist</source>
        <translation>Rand des Definitionsbereichs von f bei %1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>at %1 the formula cannot tell whether %2 exists</source>
        <translation>bei %1 lässt die Formel nicht erkennen, ob %2 existiert</translation>
    </message>
    <message>
        <source>f(x) is undefined</source>
        <translation>f(x) ist undefiniert</translation>
    </message>
    <message>
        <source>f(x) cannot be computed in double precision here</source>
        <translation>f(x) lässt sich hier nicht in doppelter Genauigkeit berechnen</translation>
    </message>
    <message>
        <source>f′(x) is undefined</source>
        <translation>f′(x) ist undefiniert</translation>
    </message>
    <message>
        <source>f′(x) cannot be computed in double precision here</source>
        <translation>f′(x) lässt sich hier nicht in doppelter Genauigkeit berechnen</translation>
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
        <translation>Autograd (%1) liefert NaN</translation>
    </message>
    <message>
        <source>autograd (%1) returns %2</source>
        <translation>Autograd (%1) liefert %2</translation>
    </message>
    <message>
        <source>%1: a spurious derivative, outside the Clarke gradient</source>
        <translation>%1: eine falsche Ableitung, außerhalb des Clarke-Gradienten</translation>
    </message>
    <message>
        <source>%1: a spurious derivative, f′(%2) is %3</source>
        <translation>%1: eine falsche Ableitung, f′(%2) ist %3</translation>
    </message>
    <message>
        <source>f′ does not exist</source>
        <translation>f′ existiert nicht</translation>
    </message>
    <message>
        <source>f′ undefined, set to %1</source>
        <translation>f′ undefiniert, gesetzt auf %1</translation>
    </message>
    <message>
        <source>f′ undefined</source>
        <translation>f′ undefiniert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clarke gradient = ∂f(%1) = %2</source>
        <translation>Clarke-Gradient = ∂f(%1) = %2</translation>
    </message>
    <message>
        <source>Clarke gradient at %1: %2</source>
        <translation>Clarke-Gradient bei %1: %2</translation>
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
        <translation>q(h) hat keinen Grenzwert für h → %1</translation>
    </message>
    <message>
        <source>q(h) → +∞ as h → %1</source>
        <translation>q(h) → +∞ für h → %1</translation>
    </message>
    <message>
        <source>q(h) → −∞ as h → %1</source>
        <translation>q(h) → −∞ für h → %1</translation>
    </message>
    <message>
        <source>f(x₀) is undefined: no quotient exists</source>
        <translation>f(x₀) ist nicht definiert: es gibt keinen Quotienten</translation>
    </message>
    <message>
        <source>what q(h) tends to as h → 0 could not be determined</source>
        <translation>wogegen q(h) für h → 0 strebt, ließ sich nicht bestimmen</translation>
    </message>
</context>
<context>
    <name>QuotientTable</name>
    <message>
        <source>C&amp;opy as CSV</source>
        <translation>Als CSV k&amp;opieren</translation>
    </message>
    <message>
        <source>Difference quotients</source>
        <translation>Differenzenquotienten</translation>
    </message>
    <message>
        <source>Put the whole table on the clipboard as CSV (h,q_left,q_right,central), as relu-explorer --quotients prints it</source>
        <translation>Die ganze Tabelle als CSV (h,q_left,q_right,central) in die Zwischenablage legen, so wie relu-explorer --quotients sie ausgibt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Difference quotients at x = %1, h halved from %2 down to the secant&apos;s h = %3. Halve h ([ or H) to add rows.</source>
        <translation>Differenzenquotienten bei x = %1, h halbiert von %2 bis zum h der Sekante, %3. Halbieren Sie h ([ oder H), um Zeilen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Difference quotients at x = %1 for h = %2. Halve h ([ or H) to add rows, and watch where each column goes as h shrinks.</source>
        <translation>Differenzenquotienten bei x = %1 für h = %2. Halbieren Sie h ([ oder H), um Zeilen hinzuzufügen, und sehen Sie, wohin jede Spalte strebt, während h kleiner wird.</translation>
    </message>
</context>
<context>
    <name>QuotientTableModel</name>
    <message>
        <source>The step h &gt; 0; the last row is the secant&apos;s h</source>
        <translation>Die Schrittweite h &gt; 0; die letzte Zeile ist das h der Sekante</translation>
    </message>
    <message>
        <source>(f(x−h) − f(x)) / (−h): the slope of the secant to the left</source>
        <translation>(f(x−h) − f(x)) / (−h): die Steigung der Sekante nach links</translation>
    </message>
    <message>
        <source>(f(x+h) − f(x)) / h: the slope of the secant to the right</source>
        <translation>(f(x+h) − f(x)) / h: die Steigung der Sekante nach rechts</translation>
    </message>
    <message>
        <source>(f(x+h) − f(x−h)) / 2h: the central difference</source>
        <translation>(f(x+h) − f(x−h)) / 2h: der zentrale Differenzenquotient</translation>
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
        <translation>zentral</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>die Datei wäre größer, als dieses System erlaubt</translation>
    </message>
    <message>
        <source>%1, so it is left as it is</source>
        <translation>%1, daher bleibt es, wie es ist</translation>
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
        <translation>Das h der Sekante: rechts der Mitte h &gt; 0, links h &lt; 0; von ±10⁻⁶ in der Mitte bis ±2 an den Enden</translation>
    </message>
    <message>
        <source>Secant h slider</source>
        <translation>Schieberegler für das h der Sekante</translation>
    </message>
    <message>
        <source>The secant&apos;s h, from ±0.000001 to ±2. The arrows halve or double it.</source>
        <translation>Das h der Sekante, von ±0.000001 bis ±2. Die Pfeile halbieren oder verdoppeln es.</translation>
    </message>
    <message>
        <source>Secant h</source>
        <translation>h der Sekante</translation>
    </message>
    <message>
        <source>The value is h; right of the middle h is positive, left negative</source>
        <translation>Der Wert ist h; rechts der Mitte ist h positiv, links negativ</translation>
    </message>
</context>
<context>
    <name>SessionHistory</name>
    <message>
        <source>Function: %1</source>
        <translation>Funktion: %1</translation>
    </message>
    <message>
        <source>Edit the expression</source>
        <translation>Ausdruck bearbeiten</translation>
    </message>
    <message>
        <source>Compare with nothing</source>
        <translation>Mit nichts vergleichen</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <source>Convention: %1</source>
        <translation>Konvention: %1</translation>
    </message>
    <message>
        <source>Hide the secant</source>
        <translation>Sekante ausblenden</translation>
    </message>
    <message>
        <source>Secant: forward</source>
        <translation>Sekante: vorwärts</translation>
    </message>
    <message>
        <source>Secant: central</source>
        <translation>Sekante: zentral</translation>
    </message>
    <message>
        <source>Secant: both sides</source>
        <translation>Sekante: beide Seiten</translation>
    </message>
    <message>
        <source>h = %1</source>
        <translation>h = %1</translation>
    </message>
    <message>
        <source>Show the derivative panel</source>
        <translation>Ableitungsfeld zeigen</translation>
    </message>
    <message>
        <source>Hide the derivative panel</source>
        <translation>Ableitungsfeld ausblenden</translation>
    </message>
    <message>
        <source>Show the difference quotient</source>
        <translation>Differenzenquotient zeigen</translation>
    </message>
    <message>
        <source>Hide the difference quotient</source>
        <translation>Differenzenquotient ausblenden</translation>
    </message>
    <message>
        <source>Linear h axis</source>
        <translation>Lineare h-Achse</translation>
    </message>
    <message>
        <source>Logarithmic h axis</source>
        <translation>Logarithmische h-Achse</translation>
    </message>
    <message>
        <source>Show the values table</source>
        <translation>Wertetabelle zeigen</translation>
    </message>
    <message>
        <source>Hide the values table</source>
        <translation>Wertetabelle ausblenden</translation>
    </message>
    <message>
        <source>Show the sample points</source>
        <translation>Stützstellen zeigen</translation>
    </message>
    <message>
        <source>Hide the sample points</source>
        <translation>Stützstellen ausblenden</translation>
    </message>
    <message>
        <source>Change the sample points</source>
        <translation>Stützstellen ändern</translation>
    </message>
    <message>
        <source>Equal axis scales</source>
        <translation>Gleiche Achsenmaßstäbe</translation>
    </message>
    <message>
        <source>Free axis scales</source>
        <translation>Freie Achsenmaßstäbe</translation>
    </message>
    <message>
        <source>Move probe to %1</source>
        <translation>Messpunkt nach %1 bewegen</translation>
    </message>
    <message>
        <source>Pan or zoom</source>
        <translation>Verschieben oder zoomen</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Bereich von %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Change the parameters</source>
        <translation>Die Parameter ändern</translation>
    </message>
</context>
<context>
    <name>SessionSnapshot</name>
    <message>
        <source>expression: %1</source>
        <translation>expression: %1</translation>
    </message>
    <message>
        <source>function: %1</source>
        <translation>function: %1</translation>
    </message>
    <message>
        <source>compare: %1</source>
        <translation>compare: %1</translation>
    </message>
    <message>
        <source>probe: %1 is not a finite number</source>
        <translation>probe: %1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>h: %1 is not between ±%2 and ±%3</source>
        <translation>h: %1 liegt nicht zwischen ±%2 und ±%3</translation>
    </message>
    <message>
        <source>view: the x range [%1, %2] cannot be shown: %3</source>
        <translation>view: der x-Bereich [%1, %2] kann nicht angezeigt werden: %3</translation>
    </message>
    <message>
        <source>view: the y range [%1, %2] cannot be shown: %3</source>
        <translation>view: der y-Bereich [%1, %2] kann nicht angezeigt werden: %3</translation>
    </message>
    <message>
        <source>samples: from %1 to %2 in steps of %3 is not a grid of at most %4 points</source>
        <translation>samples: von %1 bis %2 in Schritten von %3 ergibt kein Raster mit höchstens %4 Punkten</translation>
    </message>
    <message>
        <source>compare: at most %1 functions, not %2</source>
        <translation>compare: höchstens %1 Funktionen, nicht %2</translation>
    </message>
    <message>
        <source>expression: %1 (at character %2)</source>
        <translation>expression: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>at most %1, not %2</source>
        <translation>höchstens %1, nicht %2</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist zweimal angegeben</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1: the saved value is not usable</source>
        <translation>%1: der gespeicherte Wert ist unbrauchbar</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos; %2, so it was moved to &apos;%3&apos; and the defaults are used</source>
        <translation>die Einstellungsdatei „%1“ %2, daher wurde sie nach „%3“ verschoben, und die Standardwerte gelten</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos; %2; the defaults are used</source>
        <translation>die Einstellungsdatei „%1“ %2; die Standardwerte gelten</translation>
    </message>
    <message>
        <source>is %1 bytes, more than a settings file&apos;s %2</source>
        <translation>ist %1 Byte groß, mehr als die %2 einer Einstellungsdatei</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist keine Textdatei</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos; is damaged; what could not be read uses defaults</source>
        <translation>die Einstellungsdatei „%1“ ist beschädigt; was nicht lesbar war, nimmt den Standardwert</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos;: %2, so it is neither read nor written; the defaults are used</source>
        <translation>die Einstellungsdatei „%1“: %2, daher wird sie weder gelesen noch geschrieben; die Standardwerte gelten</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>ist unbrauchbar: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(in keinem Menü)</translation>
    </message>
    <message>
        <source>Single-key shortcuts can be turned off in View ▸ Single-Key Shortcuts; the commands stay in their menus.</source>
        <translation>Einzeltasten-Kürzel lassen sich unter Ansicht ▸ Einzeltasten-Kürzel ausschalten; die Befehle bleiben in ihren Menüs.</translation>
    </message>
</context>
<context>
    <name>SpokenDescription</name>
    <message>
        <source>%1 gives no value here</source>
        <translation>%1 liefert hier keinen Wert</translation>
    </message>
    <message>
        <source>%1 uses %2</source>
        <translation>%1 nimmt %2</translation>
    </message>
    <message>
        <source>the convention takes the left slope, %1</source>
        <translation>die Konvention nimmt die linke Steigung, %1</translation>
    </message>
    <message>
        <source>the convention takes the right slope, %1</source>
        <translation>die Konvention nimmt die rechte Steigung, %1</translation>
    </message>
    <message>
        <source>the convention takes the average of both sides, %1</source>
        <translation>die Konvention nimmt den Mittelwert beider Seiten, %1</translation>
    </message>
    <message>
        <source>the convention leaves f prime undefined</source>
        <translation>die Konvention lässt f Strich undefiniert</translation>
    </message>
    <message>
        <source>f is undefined to the left; f tends to %1 from the right</source>
        <translation>f ist links nicht definiert; f strebt von rechts gegen %1</translation>
    </message>
    <message>
        <source>f is undefined to the right; f tends to %1 from the left</source>
        <translation>f ist rechts nicht definiert; f strebt von links gegen %1</translation>
    </message>
    <message>
        <source>f has no limit there, it oscillates</source>
        <translation>f hat dort keinen Grenzwert, es oszilliert</translation>
    </message>
    <message>
        <source>the limits of f there are not known</source>
        <translation>die Grenzwerte von f dort sind nicht bekannt</translation>
    </message>
    <message>
        <source>f tends to %1 from both sides</source>
        <translation>f strebt von beiden Seiten gegen %1</translation>
    </message>
    <message>
        <source>f tends to %1 from the left and %2 from the right</source>
        <translation>f strebt von links gegen %1 und von rechts gegen %2</translation>
    </message>
    <message>
        <source>f of %1 is undefined</source>
        <translation>f von %1 ist nicht definiert</translation>
    </message>
    <message>
        <source>f of %1 = %2</source>
        <translation>f von %1 = %2</translation>
    </message>
    <message>
        <source>kink at x = %1, %2: slope %3 from the left, %4 from the right; %5</source>
        <translation>Knick bei x = %1, %2: Steigung %3 von links, %4 von rechts; %5</translation>
    </message>
    <message>
        <source>; the curve&apos;s slope is %1 on the left and %2 on the right</source>
        <translation>; die Steigung der Kurve ist links %1 und rechts %2</translation>
    </message>
    <message>
        <source>for every x</source>
        <translation>für jedes x</translation>
    </message>
    <message>
        <source>for x less than %1</source>
        <translation>für x kleiner als %1</translation>
    </message>
    <message>
        <source>for x greater than %1</source>
        <translation>für x größer als %1</translation>
    </message>
    <message>
        <source>for x between %1 and %2</source>
        <translation>für x zwischen %1 und %2</translation>
    </message>
    <message>
        <source>%1: a straight line with slope %2, f of x = %3</source>
        <translation>%1: eine Gerade mit Steigung %2, f von x = %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>secants on both sides with h = %1: slope %2 on the left, %3 on the right</source>
        <translation>Sekanten auf beiden Seiten mit h = %1: Steigung %2 links, %3 rechts</translation>
    </message>
    <message>
        <source>central secant with h = %1: slope %2</source>
        <translation>zentrale Sekante mit h = %1: Steigung %2</translation>
    </message>
    <message>
        <source>secant with h = %1: slope %2</source>
        <translation>Sekante mit h = %1: Steigung %2</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <source>minus infinity</source>
        <translation>minus unendlich</translation>
    </message>
    <message>
        <source>minus %1</source>
        <translation>minus %1</translation>
    </message>
    <message>
        <source>10 to the power %1</source>
        <translation>10 hoch %1</translation>
    </message>
    <message>
        <source>%1 times 10 to the power %2</source>
        <translation>%1 mal 10 hoch %2</translation>
    </message>
    <message>
        <source>f prime minus</source>
        <translation>f Strich minus</translation>
    </message>
    <message>
        <source>f prime plus</source>
        <translation>f Strich plus</translation>
    </message>
    <message>
        <source>f prime of x</source>
        <translation>f Strich von x</translation>
    </message>
    <message>
        <source>f prime</source>
        <translation>f Strich</translation>
    </message>
    <message>
        <source>the subdifferential of f</source>
        <translation>das Subdifferential von f</translation>
    </message>
    <message>
        <source> approximately </source>
        <translation> ungefähr </translation>
    </message>
    <message>
        <source> is not </source>
        <translation> ist nicht </translation>
    </message>
    <message>
        <source> at most </source>
        <translation> höchstens </translation>
    </message>
    <message>
        <source> at least </source>
        <translation> mindestens </translation>
    </message>
    <message>
        <source>square root of </source>
        <translation>Wurzel aus </translation>
    </message>
    <message>
        <source>cube root of </source>
        <translation>dritte Wurzel aus </translation>
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
        <translation>großes Phi</translation>
    </message>
    <message>
        <source>phi</source>
        <translation>phi</translation>
    </message>
    <message>
        <source> times </source>
        <translation> mal </translation>
    </message>
    <message>
        <source> squared</source>
        <translation> Quadrat</translation>
    </message>
    <message>
        <source> cubed</source>
        <translation> hoch 3</translation>
    </message>
    <message>
        <source> minus </source>
        <translation> minus </translation>
    </message>
    <message>
        <source>minus </source>
        <translation>minus </translation>
    </message>
    <message>
        <source>f of %1</source>
        <translation>f von %1</translation>
    </message>
    <message>
        <source>f prime minus of %1</source>
        <translation>f Strich minus von %1</translation>
    </message>
    <message>
        <source>f prime plus of %1</source>
        <translation>f Strich plus von %1</translation>
    </message>
    <message>
        <source>f prime of %1</source>
        <translation>f Strich von %1</translation>
    </message>
    <message>
        <source>10 to the power minus %1</source>
        <translation>10 hoch minus %1</translation>
    </message>
    <message>
        <source>f of x is undefined</source>
        <translation>f von x ist nicht definiert</translation>
    </message>
    <message>
        <source>f of x = %1</source>
        <translation>f von x = %1</translation>
    </message>
    <message>
        <source>x = %1, %2, slope undefined</source>
        <translation>x = %1, %2, Steigung nicht definiert</translation>
    </message>
    <message>
        <source>x = %1, %2, slope %3</source>
        <translation>x = %1, %2, Steigung %3</translation>
    </message>
    <message>
        <source>Function: f of x = %1.</source>
        <translation>Funktion: f von x = %1.</translation>
    </message>
    <message>
        <source>Function: %1, f of x = %2.</source>
        <translation>Funktion: %1, f von x = %2.</translation>
    </message>
    <message>
        <source>View: x from %1 to %2, y from %3 to %4.</source>
        <translation>Ausschnitt: x von %1 bis %2, y von %3 bis %4.</translation>
    </message>
    <message>
        <source>Pieces in view: %1.</source>
        <translation>Stücke im Ausschnitt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more pieces.</source>
        <translation>
            <numerusform>und %n weiteres Stück.</numerusform>
            <numerusform>und %n weitere Stücke.</numerusform>
        </translation>
    </message>
    <message>
        <source>No kink, jump or other breakpoint in view: f is differentiable at every x in view.</source>
        <translation>Kein Knick, keine Sprungstelle, keine andere Sonderstelle im Ausschnitt: f ist an jedem x im Ausschnitt differenzierbar.</translation>
    </message>
    <message>
        <source>No breakpoint found in view.</source>
        <translation>Keine Sonderstelle im Ausschnitt gefunden.</translation>
    </message>
    <message>
        <source>Breakpoints in view: %1.</source>
        <translation>Sonderstellen im Ausschnitt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more breakpoints.</source>
        <translation>
            <numerusform>und %n weitere Sonderstelle.</numerusform>
            <numerusform>und %n weitere Sonderstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Convention at kinks: %1.</source>
        <translation>Konvention an Knicken: %1.</translation>
    </message>
    <message>
        <source>Probe: %1.</source>
        <translation>Messpunkt: %1.</translation>
    </message>
    <message>
        <source>minus x</source>
        <translation>minus x</translation>
    </message>
    <message>
        <source>%1 times x</source>
        <translation>%1 mal x</translation>
    </message>
    <message>
        <source>%1 plus %2</source>
        <translation>%1 plus %2</translation>
    </message>
    <message>
        <source>%1 minus %2</source>
        <translation>%1 minus %2</translation>
    </message>
    <message>
        <source>whether f prime exists there is not known</source>
        <translation>ob f Strich dort existiert, ist nicht bekannt</translation>
    </message>
    <message>
        <source>f prime does not exist</source>
        <translation>f Strich existiert nicht</translation>
    </message>
    <message>
        <source>%1 at x = %2: %3, %4; %5</source>
        <translation>%1 bei x = %2: %3, %4; %5</translation>
    </message>
    <message>
        <source>f is undefined everywhere in view.</source>
        <translation>f ist im ganzen Ausschnitt nicht definiert.</translation>
    </message>
    <message>
        <source>No kink, jump or other breakpoint in view: f is differentiable wherever it is defined in view.</source>
        <translation>Kein Knick, keine Sprungstelle, keine andere Sonderstelle im Ausschnitt: f ist überall differenzierbar, wo es im Ausschnitt definiert ist.</translation>
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
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Colours of the plots; blue, green and red keep their meaning</source>
        <translation>Farben der Diagramme; Blau, Grün und Rot behalten ihre Bedeutung</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
</context>
<context>
    <name>ValueTable</name>
    <message>
        <source>the start (%1) is greater than the end (%2)</source>
        <translation>der Anfang (%1) ist größer als das Ende (%2)</translation>
    </message>
    <message>
        <source>the step must be a finite number</source>
        <translation>die Schrittweite muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the start and the end must be finite numbers</source>
        <translation>Anfang und Ende müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>the step (%1) must be greater than 0</source>
        <translation>die Schrittweite (%1) muss größer als 0 sein</translation>
    </message>
    <message>
        <source>the table would have more than %1 rows; use a larger step</source>
        <translation>die Tabelle hätte mehr als %1 Zeilen; eine größere Schrittweite verwenden</translation>
    </message>
    <message>
        <source>the step (%1) is finer than the numbers near %2 can be told apart</source>
        <translation>der Schritt (%1) ist feiner, als sich Zahlen nahe %2 unterscheiden lassen</translation>
    </message>
</context>
<context>
    <name>ValuesTable</name>
    <message>
        <source>Show the sample points on the curve</source>
        <translation>Stützstellen auf der Kurve zeigen</translation>
    </message>
    <message>
        <source>The first sample x (numpy: arange&apos;s start)</source>
        <translation>Die erste Stützstelle x (numpy: start von arange)</translation>
    </message>
    <message>
        <source>The last sample x, included</source>
        <translation>Die letzte Stützstelle x, eingeschlossen</translation>
    </message>
    <message>
        <source>The distance between samples</source>
        <translation>Der Abstand zwischen den Stützstellen</translation>
    </message>
    <message>
        <source>Samples from</source>
        <translation>Stützstellen von</translation>
    </message>
    <message>
        <source>Samples to</source>
        <translation>Stützstellen bis</translation>
    </message>
    <message>
        <source>Samples step</source>
        <translation>Schrittweite der Stützstellen</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>ste&amp;p</source>
        <translation>Schri&amp;tt</translation>
    </message>
    <message>
        <source>Values table</source>
        <translation>Wertetabelle</translation>
    </message>
    <message>
        <source>Click a row to move the probe there</source>
        <translation>Klicken Sie auf eine Zeile, um den Messpunkt dorthin zu setzen</translation>
    </message>
    <message>
        <source>from must not pass to, and at most %1 points</source>
        <translation>„von“ darf „bis“ nicht überschreiten, und höchstens %1 Stützstellen</translation>
    </message>
    <message>
        <source>f(x) on a &amp;grid</source>
        <translation>f(x) auf einem &amp;Raster</translation>
    </message>
    <message>
        <source>q(h) at the p&amp;robe</source>
        <translation>q(h) am Messp&amp;unkt</translation>
    </message>
    <message>
        <source>x, f(x) and its derivatives at evenly spaced points</source>
        <translation>x, f(x) und seine Ableitungen an gleichmäßig verteilten Stellen</translation>
    </message>
    <message>
        <source>The difference quotients at the probe as h shrinks</source>
        <translation>Die Differenzenquotienten am Messpunkt, während h kleiner wird</translation>
    </message>
    <message>
        <source>Draw markers at the sample points, like the notebook&apos;s &apos;o-&apos; figure (View ▸ Sample Points)</source>
        <translation>Markierungen an den Stützstellen zeichnen, wie in der Grafik &apos;o-&apos; des Notebooks (Ansicht ▸ Stützstellen)</translation>
    </message>
</context>
<context>
    <name>ValuesTableModel</name>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
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
        <translation>die Tabelle konnte nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>the settings file &apos;%1&apos; %2; the figure uses the defaults</source>
        <translation>die Einstellungsdatei „%1“ %2; die Grafik verwendet die Standardwerte</translation>
    </message>
    <message>
        <source>some settings could not be used and were reset: %1</source>
        <translation>einige Einstellungen waren unbrauchbar und wurden zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>no display found. Render without a window with &apos;relu-explorer --export figure.png&apos;, or start the window under a virtual display with &apos;xvfb-run relu-explorer&apos;.</source>
        <translation>kein Display gefunden. Ohne Fenster rendern mit „relu-explorer --export figure.png“ oder das Fenster in einer virtuellen Anzeige starten mit „xvfb-run relu-explorer“.</translation>
    </message>
    <message>
        <source> (see relu-explorer --help)</source>
        <translation> (siehe relu-explorer --help)</translation>
    </message>
    <message>
        <source>could not write the list to standard output</source>
        <translation>die Liste konnte nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>konnte nicht auf die Standardausgabe schreiben</translation>
    </message>
</context>
</TS>
