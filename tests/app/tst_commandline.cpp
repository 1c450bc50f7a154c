// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "arguments.h"
#include "commandline.h"
#include "numberformat.h"

#include <QTemporaryDir>
#include <QTest>

/** Parsing and validating the command line, without running anything. */
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void aBadLessonStillOpensTheWindow();
    void formulasAreCompared();

private:
    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCommandLine::valid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    using M = LaunchOptions::Mode;
    // `expected` lists every option as the parser understood it.
    const QString defaults
        = QStringLiteral("probe=none convention=pytorch table=-4..4/1 size=700x700");
    QTest::newRow("no arguments: the window") << QStringList() << int(M::Window) << defaults;
    QTest::newRow("probe for the window")
        << args({ "--probe", "-2" }) << int(M::Window)
        << QStringLiteral("probe=-2 convention=pytorch table=-4..4/1 size=700x700");
    QTest::newRow("table: the notebook's arange")
        << args({ "--table" }) << int(M::Table) << defaults;
    QTest::newRow("table with negative values")
        << args({ "--table", "--from", "-2", "--to", "2", "--step", "0.5" }) << int(M::Table)
        << QStringLiteral("probe=none convention=pytorch table=-2..2/0.5 size=700x700");
    QTest::newRow("table with -0 and 1e-09")
        << args({ "--table", "--from=-0", "--to=1e-09", "--step=1e-09" }) << int(M::Table)
        << QStringLiteral("probe=none convention=pytorch table=-0..1e-09/1e-09 size=700x700");
    QTest::newRow("table, convention undefined")
        << args({ "--table", "--convention", "undefined" }) << int(M::Table)
        << QStringLiteral("probe=none convention=undefined table=-4..4/1 size=700x700");
    QTest::newRow("export with size and probe")
        << args({ "--export", "@/a.png", "--size", "800x600", "--probe", "0" }) << int(M::Export)
        << QStringLiteral("probe=0 convention=pytorch table=-4..4/1 size=800x600");
    QTest::newRow("export pdf, convention right")
        << args({ "--export", "@/a.PDF", "--convention", "right" }) << int(M::Export)
        << QStringLiteral("probe=none convention=right table=-4..4/1 size=700x700");
    QTest::newRow("help") << args({ "--help" }) << int(M::Help) << defaults;
    QTest::newRow("version") << args({ "--version" }) << int(M::Version) << defaults;
}

void TestCommandLine::valid()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    arguments.replaceInStrings(QStringLiteral("@"), m_dir.path());
    arguments.prepend(QStringLiteral("relu-explorer"));
    const CommandLine::Result result = CommandLine::parse(arguments);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const LaunchOptions &o = result.options;
    QCOMPARE(int(o.mode), mode);
    const QString understood
        = QStringLiteral("probe=%1 convention=%2 table=%3..%4/%5 size=%6x%7")
              .arg(o.probeX ? NumberFormat::roundTrip(*o.probeX) : QStringLiteral("none"),
                   ConventionNames::key(o.convention), NumberFormat::roundTrip(o.tableFrom),
                   NumberFormat::roundTrip(o.tableTo), NumberFormat::roundTrip(o.tableStep))
              .arg(o.exportSize.width())
              .arg(o.exportSize.height());
    QCOMPARE(understood, expected);
}

void TestCommandLine::invalid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option")
        << args({ "--bogus" }) << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("missing lesson file, for a figure")
        << args({ "lesson.json", "--export", "@/out.png" })
        << QStringLiteral("cannot open lesson 'lesson.json': no such file");
    QTest::newRow("missing lesson file, for a table")
        << args({ "--table", "lesson.json" })
        << QStringLiteral("cannot open lesson 'lesson.json': no such file");
    QTest::newRow("two lesson files")
        << args({ "a.json", "b.json" }) << QStringLiteral("give at most one lesson file");
    QTest::newRow("missing value")
        << args({ "--table", "--from" }) << QStringLiteral("Missing value after '--from'");
    QTest::newRow("non-number") << args({ "--table", "--from", "abc" })
                                << QStringLiteral("--from expects a number, got 'abc'");
    QTest::newRow("NaN") << args({ "--table", "--to", "nan" })
                         << QStringLiteral("--to must be a finite number, got 'nan'");
    QTest::newRow("inf") << args({ "--table", "--to", "inf" })
                         << QStringLiteral("--to must be a finite number, got 'inf'");
    QTest::newRow("1e999 overflows")
        << args({ "--table", "--to", "1e999" }) << QStringLiteral("--to");
    QTest::newRow("from > to") << args({ "--table", "--from", "3", "--to", "1" })
                               << QStringLiteral(
                                      "--from and --to: the start (3) is greater than the end (1)");
    QTest::newRow("step 0") << args({ "--table", "--step", "0" })
                            << QStringLiteral("--step: the step (0) must be greater than 0");
    QTest::newRow("step negative")
        << args({ "--table", "--step", "-1" })
        << QStringLiteral("--step: the step (-1) must be greater than 0");
    QTest::newRow("too many rows")
        << args({ "--table", "--from", "0", "--to", "1", "--step", "1e-8" })
        << QStringLiteral("more than 10,000,000 rows");
    QTest::newRow("--from without --table")
        << args({ "--from", "1" }) << QStringLiteral("--from only applies to --table");
    QTest::newRow("--size without --export")
        << args({ "--size", "100x100" }) << QStringLiteral("--size only applies to --export");
    QTest::newRow("export and table")
        << args({ "--table", "--export", "@/a.png" }) << QStringLiteral("cannot be combined");
    QTest::newRow("bad size") << args({ "--export", "@/a.png", "--size", "big" })
                              << QStringLiteral("--size expects WIDTHxHEIGHT");
    QTest::newRow("size too small") << args({ "--export", "@/a.png", "--size", "10x10" })
                                    << QStringLiteral("between 100 and 10000");
    QTest::newRow("size too large") << args({ "--export", "@/a.png", "--size", "100000x100" })
                                    << QStringLiteral("between 100 and 10000");
    QTest::newRow("unsupported format")
        << args({ "--export", "@/a.jpg" }) << QStringLiteral("unsupported format '.jpg'");
    QTest::newRow("no extension") << args({ "--export", "@/figure" })
                                  << QStringLiteral("add .png, .pdf or .svg");
    QTest::newRow("missing directory")
        << args({ "--export", "@/no/such/dir/a.png" }) << QStringLiteral("does not exist");
    QTest::newRow("a directory as the file")
        << args({ "--export", "@" }) << QStringLiteral("it is a directory");
    QTest::newRow("empty export path")
        << args({ "--export", "" }) << QStringLiteral("the export path is empty");
    QTest::newRow("unknown convention")
        << args({ "--convention", "middle" })
        << QStringLiteral("unknown --convention 'middle'; use one of "
                          "pytorch|tensorflow|jax|tfjs|left|right|average|undefined");
    QTest::newRow("probe not a number")
        << args({ "--probe", "two" }) << QStringLiteral("--probe expects a number");
}

void TestCommandLine::invalid()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("@"), m_dir.path());
    arguments.prepend(QStringLiteral("relu-explorer"));
    const CommandLine::Result result = CommandLine::parse(arguments);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestCommandLine)
void TestCommandLine::aBadLessonStillOpensTheWindow()
{
    // Double-clicked in a file manager: the window opens with the last session and says why the
    // lesson was not opened (MainWindow::showLessonProblem), rather than a line nobody sees.
    const auto parsed = CommandLine::parse(
        { QStringLiteral("relu-explorer"), m_dir.filePath(QStringLiteral("none.json")) });
    QCOMPARE(parsed.error, QString());
    QCOMPARE(parsed.options.mode, LaunchOptions::Mode::Window);
    QVERIFY(!parsed.options.lesson);
    QVERIFY2(parsed.options.lessonError.contains(QStringLiteral("no such file")),
             qPrintable(parsed.options.lessonError));
    // Another problem on the same line is still refused first.
    const auto both
        = CommandLine::parse({ QStringLiteral("relu-explorer"), QStringLiteral("none.json"),
                               QStringLiteral("--bogus") });
    QVERIFY(both.error.contains(QStringLiteral("bogus")));
}

void TestCommandLine::formulasAreCompared()
{
    // A comma inside parentheses is a formula's; "x>=0" is no parameter of the function before.
    const auto parsed = CommandLine::parse(
        { QStringLiteral("relu-explorer"), QStringLiteral("--compare"),
          QStringLiteral("hardtanh:min_val=-2,max_val=2,max(0.1*x, x),x*(x>=0)") });
    QCOMPARE(parsed.error, QString());
    QStringList specifications;
    for (const auto &f : parsed.options.comparisons)
        specifications << f->specification();
    QCOMPARE(specifications,
             QStringList({ QStringLiteral("hardtanh:min_val=-2,max_val=2"),
                           QStringLiteral("max(0.1*x, x)"), QStringLiteral("x*(x>=0)") }));
    const auto free
        = CommandLine::parse({ QStringLiteral("relu-explorer"), QStringLiteral("--compare"),
                               QStringLiteral("max(a*x, x)") });
    QVERIFY2(free.error.contains(QStringLiteral("free name a")), qPrintable(free.error));
}

#include "tst_commandline.moc"
