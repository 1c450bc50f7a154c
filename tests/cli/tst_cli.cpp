// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "arguments.h"
#include "pixels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs relu-explorer as a user would, with `environment` changes, and waits up to 60 s. */
Run run(const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RELU_EXPLORER_PATH), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

/** The built executable: its table and its exports. Bad input: docs/bad-input.md, tst_badinput. */
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notebookTable();
    void tableRoundTrips();
    void csvStaysCInGerman_data();
    void csvStaysCInGerman();
    void tableConventions_data();
    void tableConventions();
    void tableFrameworks_data();
    void tableFrameworks();
    void exportPng();
    void exportVectorFormats_data();
    void exportVectorFormats();
    void exportSizeAndProbe();
    void noDisplay();
    void aBadLessonOpensTheWindow();
    void helpAndVersion();
    void listFunctions();
    void listKinks_data();
    void listKinks();
    void quotients_data();
    void quotients();
    void tableForOtherFunctions_data();
    void tableForOtherFunctions();
    void atAcceptsEveryPrintedDouble();
    void exportGalleryAndComparison();
    void germanFigure();
    void exportKeepsTheSettingsComparisons();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(RELU_EXPLORER_PATH)), RELU_EXPLORER_PATH);
}

void TestCli::notebookTable()
{
    const Run r = run({ QStringLiteral("--table") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 10);
    QVERIFY(rows[0].startsWith(QLatin1String("x,f,df")));
    QStringList x, f, df;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList cells = rows[i].split(QLatin1Char(','));
        x << cells[0];
        f << cells[1];
        df << cells[2];
    }
    // numpy: X = arange(-4, 5, 1); f(X) = [0 0 0 0 0 1 2 3 4]; slopes [0 0 0 0 0 1 1 1 1].
    QCOMPARE(x.join(QLatin1Char(' ')), QStringLiteral("-4 -3 -2 -1 0 1 2 3 4"));
    QCOMPARE(f.join(QLatin1Char(' ')), QStringLiteral("0 0 0 0 0 1 2 3 4"));
    QCOMPARE(df.join(QLatin1Char(' ')), QStringLiteral("0 0 0 0 0 1 1 1 1"));
}

void TestCli::csvStaysCInGerman_data()
{
    // The command line's CSV is for programs: a point, whatever --lang or the system say, so that
    // a comma stays the column separator. Truths by hand: relu on [−1, 1] in halves.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("firstColumn");
    const QString de = QStringLiteral("de");
    QTest::newRow("--table, --lang de")
        << QStringList { QStringLiteral("--lang"),  de,
                         QStringLiteral("--table"), QStringLiteral("--from"),
                         QStringLiteral("-1"),      QStringLiteral("--to"),
                         QStringLiteral("1"),       QStringLiteral("--step"),
                         QStringLiteral("0.5") }
        << QStringLiteral("-1 -0.5 0 0.5 1");
    QTest::newRow("--table, the system's German")
        << QStringList { QStringLiteral("--table"), QStringLiteral("--from"),
                         QStringLiteral("-1"),      QStringLiteral("--to"),
                         QStringLiteral("1"),       QStringLiteral("--step"),
                         QStringLiteral("0.5") }
        << QStringLiteral("-1 -0.5 0 0.5 1");
    // The halving h of the difference quotients: 1, 0.5, 0.25, ...
    QTest::newRow("--quotients, --lang de")
        << QStringList { QStringLiteral("--lang"), de, QStringLiteral("--quotients"),
                         QStringLiteral("--probe"), QStringLiteral("0.5") }
        << QString();
    QTest::newRow("--list-kinks, --lang de")
        << QStringList { QStringLiteral("--lang"), de, QStringLiteral("--list-kinks"),
                         QStringLiteral("--function"), QStringLiteral("hardtanh:min_val=-0.5") }
        << QStringLiteral("-0.5 1");
}

void TestCli::csvStaysCInGerman()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, firstColumn);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const Run r = run(arguments, environment);
    QCOMPARE(r.exitCode, 0);
    const QStringList rows = lines(r.out);
    QVERIFY(rows.size() > 2);
    const qsizetype columns = rows[0].count(QLatin1Char(','));
    QStringList first;
    for (int i = 1; i < rows.size(); ++i) {
        // A decimal comma would add a column.
        QCOMPARE(rows[i].count(QLatin1Char(',')), columns);
        const QString cell = rows[i].section(QLatin1Char(','), 0, 0);
        bool ok = false;
        QLocale::c().toDouble(cell, &ok);
        QVERIFY2(ok, qPrintable(rows[i]));
        first << cell;
    }
    if (!firstColumn.isEmpty())
        QCOMPARE(first.join(QLatin1Char(' ')), firstColumn);
}

void TestCli::tableRoundTrips()
{
    const Run r = run({ QStringLiteral("--table"), QStringLiteral("--from"),
                        QStringLiteral("-1e-9"), QStringLiteral("--to"), QStringLiteral("1e-9"),
                        QStringLiteral("--step"), QStringLiteral("3e-10") });
    QCOMPARE(r.exitCode, 0);
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 1 + 7);
    for (int i = 1; i < rows.size(); ++i) {
        const QString cell = rows[i].section(QLatin1Char(','), 0, 0);
        bool ok = false;
        const double x = cell.toDouble(&ok);
        QVERIFY(ok);
        QCOMPARE(x, -1e-9 + (i - 1) * 3e-10); // exactly the double computed, printed and read back
    }
}

void TestCli::tableConventions_data()
{
    QTest::addColumn<QString>("convention");
    QTest::addColumn<QString>("kinkRow");
    // "framework" is PyTorch's old name, for old scripts.
    QTest::newRow("framework") << QStringLiteral("framework") << QStringLiteral("0,0,0,0,1,kink");
    for (const char *framework : { "pytorch", "tensorflow", "jax", "tfjs" })
        QTest::newRow(framework) << QString::fromLatin1(framework)
                                 << QStringLiteral("0,0,0,0,1,kink");
    QTest::newRow("left") << QStringLiteral("left") << QStringLiteral("0,0,0,0,1,kink");
    QTest::newRow("right") << QStringLiteral("right") << QStringLiteral("0,0,1,0,1,kink");
    QTest::newRow("average") << QStringLiteral("average") << QStringLiteral("0,0,0.5,0,1,kink");
    QTest::newRow("undefined") << QStringLiteral("undefined") << QStringLiteral("0,0,nan,0,1,kink");
}

void TestCli::tableConventions()
{
    QFETCH(QString, convention);
    QFETCH(QString, kinkRow);
    const Run r = run({ QStringLiteral("--table"), QStringLiteral("--convention"), convention });
    QCOMPARE(r.exitCode, 0);
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.value(5), kinkRow);
    QCOMPARE(rows.value(6), QStringLiteral("1,1,1,1,1,smooth"));
}

void TestCli::tableFrameworks_data()
{
    // Measured (tests/core/data/framework_pytorch.csv, framework_tfjs.csv) and read in the source
    // (framework_sources.csv): abs at 0, relu6 at 6, hardtanh at −1; nan where a framework has
    // no such function.
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QStringList>("values"); // pytorch, tensorflow, jax, tfjs
    QTest::newRow("abs at 0") << QStringLiteral("abs") << QStringLiteral("0")
                              << QString::fromLatin1("0,0,1,-1").split(QLatin1Char(','));
    QTest::newRow("relu6 at 6") << QStringLiteral("relu6") << QStringLiteral("6")
                                << QString::fromLatin1("0,0,0,1").split(QLatin1Char(','));
    QTest::newRow("hardtanh at -1") << QStringLiteral("hardtanh") << QStringLiteral("-1")
                                    << QString::fromLatin1("0,nan,1,nan").split(QLatin1Char(','));
    QTest::newRow("leaky_relu at 0")
        << QStringLiteral("leaky_relu:negative_slope=0.25") << QStringLiteral("0")
        << QString::fromLatin1("0.25,0.25,1,0.25").split(QLatin1Char(','));
}

void TestCli::tableFrameworks()
{
    QFETCH(QString, function);
    QFETCH(QString, at);
    QFETCH(QStringList, values);
    const QStringList frameworks
        = QStringLiteral("pytorch,tensorflow,jax,tfjs").split(QLatin1Char(','));
    for (int i = 0; i < frameworks.size(); ++i) {
        const Run r = run({ QStringLiteral("--table"), QStringLiteral("--function"), function,
                            QStringLiteral("--from"), at, QStringLiteral("--to"), at,
                            QStringLiteral("--convention"), frameworks[i] });
        QCOMPARE(r.exitCode, 0);
        const QStringList row = lines(r.out).value(1).split(QLatin1Char(','));
        QVERIFY2(row.size() == 6, r.out.constData());
        QCOMPARE(row[2] + QLatin1Char(' ') + frameworks[i],
                 values[i] + QLatin1Char(' ') + frameworks[i]);
        QCOMPARE(row[5], QStringLiteral("kink"));
    }
}

void TestCli::exportPng()
{
    const QString path = m_dir.filePath(QStringLiteral("figure.png"));
    const Run r = run({ QStringLiteral("--export"), path });
    QCOMPARE(r.exitCode, 0);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(700, 700));
    const QString problem = Pixels::checkReluColours(image);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The legend, top left, shows all three colours.
    const QRect legendCorner(0, 0, 400, 200);
    QVERIFY(Pixels::count(image, legendCorner, QColor(0xff, 0x00, 0x00), 20) > 20);
    QVERIFY(Pixels::count(image, legendCorner, QColor(0x1f, 0x77, 0xb4), 20) > 20);
    QVERIFY(Pixels::count(image, legendCorner, QColor(0x00, 0x80, 0x00), 20) > 20);
}

void TestCli::exportVectorFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << QStringLiteral("figure.pdf") << QByteArray("%PDF");
    QTest::newRow("svg") << QStringLiteral("figure.svg") << QByteArray("<?xml");
}

void TestCli::exportVectorFormats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    const QString path = m_dir.filePath(name);
    const Run r = run({ QStringLiteral("--export"), path });
    QCOMPARE(r.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8).startsWith(magic));
}

void TestCli::exportSizeAndProbe()
{
    const QString atKink = m_dir.filePath(QStringLiteral("kink.png"));
    const QString atTwo = m_dir.filePath(QStringLiteral("two.png"));
    QCOMPARE(run({ QStringLiteral("--export"), atKink, QStringLiteral("--size"),
                   QStringLiteral("900x500"), QStringLiteral("--probe"), QStringLiteral("0") })
                 .exitCode,
             0);
    QCOMPARE(run({ QStringLiteral("--export"), atTwo, QStringLiteral("--size"),
                   QStringLiteral("900x500") })
                 .exitCode,
             0);
    const QImage kink(atKink), two(atTwo);
    QCOMPARE(kink.size(), QSize(900, 500));
    QVERIFY(kink != two); // the probe moved, so the picture did
}

void TestCli::noDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run r = run({}, environment);
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.exitCode > 0); // a clean exit, not an abort inside Qt
    const QStringList errorLines = lines(r.err);
    QCOMPARE(errorLines.size(), 1);
    QVERIFY(errorLines[0].contains(QLatin1String("--export")));
    QVERIFY(errorLines[0].contains(QLatin1String("xvfb-run")));

    // Export needs no display at all.
    const QString path = m_dir.filePath(QStringLiteral("headless.png"));
    QCOMPARE(run({ QStringLiteral("--export"), path }, environment).exitCode, 0);
    QVERIFY(QFileInfo::exists(path));
}

void TestCli::aBadLessonOpensTheWindow()
{
    // Named on the command line (a double-click in a file manager): the window opens and says
    // why, so the reason is not lost on a standard error nobody reads. The window prints its
    // first frame's time and closes; the one line and exit 2 are still there for a script.
    const QString broken = m_dir.filePath(QStringLiteral("broken.relulesson"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"relu-explorer-lesson\", \"version\": 1, \"probe\": \"two\"}\n");
    file.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RELU_EXIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
    const Run r = run({ broken }, environment);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(lines(r.out).size(), 1); // the first frame was drawn
    const QStringList errorLines = lines(r.err);
    QCOMPARE(errorLines.size(), 1);
    QVERIFY2(errorLines[0].contains(QLatin1String("'probe' must be a number")),
             qPrintable(errorLines[0]));

    // A figure of it is refused before anything is drawn.
    const QString figure = m_dir.filePath(QStringLiteral("never.png"));
    const Run e = run({ broken, QStringLiteral("--export"), figure });
    QCOMPARE(e.exitCode, 2);
    QVERIFY(!QFileInfo::exists(figure));
}

void TestCli::helpAndVersion()
{
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         { "--export", "--size", "--probe", "--table", "--from", "--to", "--step", "--convention" })
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(help.out.contains("Usage: relu-explorer"));
    // In the user's language: --lang, or the system's.
    const Run german
        = run({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains("Die Funktion: NAME oder NAME:param=wert"),
             german.out.constData());
    QVERIFY(!german.out.contains("The function: NAME"));
    const Run version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("relu-explorer "));
}

void TestCli::listFunctions()
{
    const Run r = run({ QStringLiteral("--list-functions") });
    QCOMPARE(r.exitCode, 0);
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 18);
    QVERIFY(
        rows.filter(QStringLiteral("hardswish")).value(0).contains(QStringLiteral("kinks: −3, 3")));
    // In the user's language, as the help is: --lang, or the system's.
    const Run german = run(
        { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--list-functions") });
    QCOMPARE(german.exitCode, 0);
    const QStringList germanRows = lines(german.out);
    QCOMPARE(germanRows.size(), 18);
    QVERIFY2(germanRows.filter(QStringLiteral("hardswish"))
                 .value(0)
                 .contains(QStringLiteral("Parameter: keine  Knicke: −3, 3")),
             german.out.constData());
    for (const char *english : { "parameters", "kinks", "jumps", ": none" })
        QVERIFY2(!german.out.contains(english), english);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
    const Run french = run({ QStringLiteral("--list-functions") }, environment);
    QCOMPARE(french.exitCode, 0);
    QVERIFY2(french.out.contains("points anguleux"), french.out.constData());
}

void TestCli::listKinks_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("relu") << args({ "--list-kinks" })
                          << QStringList { QStringLiteral("0,kink,0,1") };
    QTest::newRow("two close kinks")
        << args({ "--list-kinks", "--expression", "relu(x)+relu(x-0.03)" })
        << QStringList { QStringLiteral("0,kink,0,1"), QStringLiteral("0.03,kink,1,2") };
    QTest::newRow("a smooth function: the header alone")
        << args({ "--list-kinks", "--function", "gelu" }) << QStringList {};
    QTest::newRow("smooth despite its parts")
        << args({ "--list-kinks", "--expression", "relu(x)-relu(-x)" }) << QStringList {};
    QTest::newRow("a jump") << args({ "--list-kinks", "--expression", "x+(x>0)" })
                            << QStringList { QStringLiteral("0,jump,1,inf") };
    QTest::newRow("softplus's switch is a jump")
        << args({ "--list-kinks", "--function", "softplus:beta=1,threshold=1" })
        << QStringList { QStringLiteral("1,jump,0.7310585786300049,-inf") };
    QTest::newRow("a cusp and a pole")
        << args({ "--list-kinks", "--expression", "sqrt(abs(x))+1/(x-2)" })
        << QStringList { QStringLiteral("0,cusp,-inf,inf"), QStringLiteral("2,pole,nan,nan") };
    QTest::newRow("beyond ±1000, with --from and --to")
        << args({ "--list-kinks", "--expression", "abs(x-1500)", "--from", "1000", "--to", "2000" })
        << QStringList { QStringLiteral("1500,kink,-1,1") };
    QTest::newRow("relu6 in [1, 10]")
        << args({ "--list-kinks", "--function", "relu6", "--from", "1", "--to", "10" })
        << QStringList { QStringLiteral("6,kink,1,0") };
}

void TestCli::listKinks()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, rows);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).value(0), QStringLiteral("x,kind,df_left,df_right"));
    QCOMPARE(lines(r.out).mid(1), rows);
}

void TestCli::quotients_data()
{
    // Truths by hand: relu's quotients at 0 are 0 and 1 for every h, their mean 1/2; for
    // x + (x > 0) at 0 the left one is 1, the right one 1 + 1/h; log is undefined at 0 and
    // left of it. h = 2^-30 = 9.313225746154785e-10.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("relu at the default probe, 2")
        << args({ "--quotients" }) << QStringLiteral("1,1,1,1")
        << QStringLiteral("9.313225746154785e-10,1,1,1");
    QTest::newRow("relu at its kink")
        << args({ "--quotients", "--probe", "0" }) << QStringLiteral("1,0,1,0.5")
        << QStringLiteral("9.313225746154785e-10,0,1,0.5");
    QTest::newRow("a jump: the right quotient grows without bound")
        << args({ "--quotients", "--expression", "x+(x>0)", "--probe", "0" })
        << QStringLiteral("1,1,2,1.5")
        << QStringLiteral("9.313225746154785e-10,1,1073741825,536870913");
    QTest::newRow("log at 0: undefined")
        << args({ "--quotients", "--expression", "log(x)", "--probe", "0" })
        << QStringLiteral("1,nan,nan,nan") << QStringLiteral("9.313225746154785e-10,nan,nan,nan");
    QTest::newRow("leaky_relu 0.5 at 0, given as a function")
        << args({ "--quotients", "--function", "leaky_relu:negative_slope=0.5", "--probe", "0" })
        << QStringLiteral("1,0.5,1,0.75") << QStringLiteral("9.313225746154785e-10,0.5,1,0.75");
}

void TestCli::quotients()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QStringList rows = lines(r.out);
    QCOMPARE(rows.size(), 32); // the header, then h = 1 ... 2^-30
    QCOMPARE(rows.value(0), QStringLiteral("h,q_left,q_right,central"));
    QCOMPARE(rows.value(1), first);
    QCOMPARE(rows.value(31), last);
    QCOMPARE(rows.value(2).section(QLatin1Char(','), 0, 0), QStringLiteral("0.5"));
}

void TestCli::tableForOtherFunctions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("leaky_relu 0.2 at its kink: f′(0) = negative_slope")
        << args({ "--table", "--function", "leaky_relu:negative_slope=0.2", "--at", "-1,0,1" })
        << QStringList { QStringLiteral("-1,-0.2,0.2,0.2,0.2,smooth"),
                         QStringLiteral("0,0,0.2,0.2,1,kink"), QStringLiteral("1,1,1,1,1,smooth") };
    QTest::newRow("relu6 at 6") << args({ "--table", "--function", "relu6", "--at", "6" })
                                << QStringList { QStringLiteral("6,6,0,1,0,kink") };
    QTest::newRow("hardswish at ±3") << args({ "--table", "--function", "hardswish", "--at", "3" })
                                     << QStringList { QStringLiteral("3,3,1.5,1.5,1,kink") };
    QTest::newRow("expression abs(x-1) at its kink")
        << args({ "--table", "--expression", "abs(x-1)", "--at", "1", "--convention", "right" })
        << QStringList { QStringLiteral("1,0,1,-1,1,kink") };
}

void TestCli::tableForOtherFunctions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, rows);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lines(r.out).mid(1), rows);
}

void TestCli::atAcceptsEveryPrintedDouble()
{
    // Whatever printf("%.17g") makes of a double, --at reads back as that very double.
    const QList<double> values { -0.0,
                                 1e-9,
                                 0.1,
                                 -2.5,
                                 5e-324,
                                 2.2250738585072014e-308,
                                 1.7976931348623157e308,
                                 -1.7976931348623157e308,
                                 123456789.12345679 };
    QStringList texts;
    for (double v : values) {
        // std::snprintf, since QString::asprintf prints -0.0 as "0".
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", v);
        texts << QString::fromLatin1(buffer);
    }
    const Run r
        = run({ QStringLiteral("--table"), QStringLiteral("--at"), texts.join(QLatin1Char(',')) });
    QCOMPARE(r.exitCode, 0);
    const QStringList rows = lines(r.out).mid(1);
    QCOMPARE(rows.size(), values.size());
    for (int i = 0; i < values.size(); ++i) {
        // strtod, since QString::toDouble drops the sign of -0.
        const double x
            = std::strtod(rows[i].section(QLatin1Char(','), 0, 0).toLatin1().constData(), nullptr);
        QCOMPARE(x, values[i]);
        QVERIFY2(std::signbit(x) == std::signbit(values[i]),
                 qPrintable(rows[i] + QStringLiteral(" / ") + texts[i]));
    }
    // inf and nan are doubles too: their rows say what ReLU makes of them.
    const Run special = run(
        { QStringLiteral("--table"), QStringLiteral("--at"), QStringLiteral("inf,-inf,nan") });
    QCOMPARE(special.exitCode, 0);
    QCOMPARE(lines(special.out).mid(1),
             (QStringList { QStringLiteral("inf,inf,1,1,1,undefined"),
                            QStringLiteral("-inf,0,0,0,0,undefined"),
                            QStringLiteral("nan,nan,nan,nan,nan,undefined") }));
}

void TestCli::exportGalleryAndComparison()
{
    const QString path = m_dir.filePath(QStringLiteral("gallery.png"));
    const Run r = run({ QStringLiteral("--export"), path, QStringLiteral("--function"),
                        QStringLiteral("hardswish"), QStringLiteral("--compare"),
                        QStringLiteral("gelu,hardtanh:min_val=-2,max_val=2,silu") });
    QCOMPARE(r.exitCode, 0);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(700, 700));
    // Both kinks' red dots, and the first compared function's dark gold (#8a6d00, 4.9:1 on
    // white).
    QVERIFY(Pixels::count(image, image.rect(), QColor(0xff, 0x00, 0x00), 20) > 100);
    QVERIFY(Pixels::count(image, image.rect(), QColor(0x8a, 0x6d, 0x00), 25) > 100);
}

void TestCli::germanFigure()
{
    // --lang de: the figure's legend and readout in German (SVG keeps its text as text).
    const QString path = m_dir.filePath(QStringLiteral("de.svg"));
    QCOMPARE(run({ QStringLiteral("--export"), path, QStringLiteral("--lang"), QStringLiteral("de"),
                   QStringLiteral("--probe"), QStringLiteral("0") })
                 .exitCode,
             0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("undefiniert, gesetzt auf 0")));
    QVERIFY(!svg.contains(QStringLiteral("undefined")));
}

void TestCli::exportKeepsTheSettingsComparisons()
{
    // "--settings FILE --export renders the session it holds" (README): its comparisons too, as
    // if they had been given with --compare. Before, the command line's empty list replaced them.
    const QString settingsPath = m_dir.filePath(QStringLiteral("compare.ini"));
    QFile file(settingsPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[session]\nfunction=hardswish\ncompare=gelu, silu\n");
    file.close();
    const QString fromSettings = m_dir.filePath(QStringLiteral("settings-compare.png"));
    const QString fromFlag = m_dir.filePath(QStringLiteral("flag-compare.png"));
    const QString without = m_dir.filePath(QStringLiteral("no-compare.png"));
    QCOMPARE(run({ QStringLiteral("--settings"), settingsPath, QStringLiteral("--export"),
                   fromSettings })
                 .exitCode,
             0);
    QCOMPARE(run({ QStringLiteral("--export"), fromFlag, QStringLiteral("--function"),
                   QStringLiteral("hardswish"), QStringLiteral("--compare"),
                   QStringLiteral("gelu,silu") })
                 .exitCode,
             0);
    QCOMPARE(run({ QStringLiteral("--export"), without, QStringLiteral("--function"),
                   QStringLiteral("hardswish") })
                 .exitCode,
             0);
    const QImage settingsImage(fromSettings);
    QVERIFY(!settingsImage.isNull());
    QCOMPARE(settingsImage, QImage(fromFlag));
    QVERIFY(settingsImage != QImage(without));
    // The file was only read.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("compare=gelu, silu"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
