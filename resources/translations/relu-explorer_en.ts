<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivationCatalog</name>
    <message numerus="yes">
        <source>%1 takes %n parameter(s)</source>
        <translation>
            <numerusform>%1 takes %n parameter</numerusform>
            <numerusform>%1 takes %n parameters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Breakpoint</name>
    <message numerus="yes">
        <source>more than %n breakpoints</source>
        <translation>
            <numerusform>more than %n breakpoint</numerusform>
            <numerusform>more than %n breakpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kink(s)</source>
        <translation>
            <numerusform>%n kink</numerusform>
            <numerusform>%n kinks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jump(s)</source>
        <translation>
            <numerusform>%n jump</numerusform>
            <numerusform>%n jumps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hole(s) or point(s) off the curve</source>
        <translation>
            <numerusform>%n hole or point off the curve</numerusform>
            <numerusform>%n holes or points off the curve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cusp(s) or vertical tangent(s)</source>
        <translation>
            <numerusform>%n cusp or vertical tangent</numerusform>
            <numerusform>%n cusps or vertical tangents</numerusform>
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
            <numerusform>%n pole</numerusform>
            <numerusform>%n poles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end(s) of the domain</source>
        <translation>
            <numerusform>%n end of the domain</numerusform>
            <numerusform>%n ends of the domain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of unknown kind</source>
        <translation>
            <numerusform>%n point of unknown kind</numerusform>
            <numerusform>%n points of unknown kind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message numerus="yes">
        <source>too many arguments for %1: it takes %n</source>
        <translation>
            <numerusform>too many arguments for %1: it takes %n</numerusform>
            <numerusform>too many arguments for %1: it takes %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too few arguments for %1: it takes %n</source>
        <translation>
            <numerusform>too few arguments for %1: it takes %n</numerusform>
            <numerusform>too few arguments for %1: it takes %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunctionGraph</name>
    <message numerus="yes">
        <source>f′ undefined at each of the %n kinks</source>
        <translation>
            <numerusform>f′ undefined at %n kink</numerusform>
            <numerusform>f′ undefined at each of the %n kinks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PieceGraphs</name>
    <message numerus="yes">
        <source>and %n more pieces, each with its own f′</source>
        <translation>
            <numerusform>and %n more piece, with its own f′</numerusform>
            <numerusform>and %n more pieces, each with its own f′</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpokenDescription</name>
    <message numerus="yes">
        <source>and %n more pieces.</source>
        <translation>
            <numerusform>and %n more piece.</numerusform>
            <numerusform>and %n more pieces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more breakpoints.</source>
        <translation>
            <numerusform>and %n more breakpoint.</numerusform>
            <numerusform>and %n more breakpoints.</numerusform>
        </translation>
    </message>
</context>
</TS>
