// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numberformat.h"
#include "oneline.h"

#include <QLocale>
#include <QTest>

#include <limits>

/**
 * How numbers are written: round-trip for the CSV, fixed and compact for the readout; the
 * readout's in the default locale's decimal separator, the CSV's in C whatever the locale.
 */
class TestNumberFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void inLocale_data();
    void inLocale();
    void oneLine_data();
    void oneLine();
    void oneLineOfAMegabyte();
    void parse_data();
    void parse();
    void roundTrip_data();
    void roundTrip();
    void fixed_data();
    void fixed();
    void compact_data();
    void compact();
    void decimalsFor_data();
    void decimalsFor();
};

void TestNumberFormat::initTestCase()
{
    // The rows below write English's decimal point, whatever locale the test runs in.
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestNumberFormat::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestNumberFormat::inLocale_data()
{
    // Each row sets the default locale (as Translations::install does for --lang) and formats one
    // number. The truths by hand: German and French write a decimal comma, English a point, and
    // the minus stays U+2212; C notation for a program does not move.
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("format");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    const QString de = QStringLiteral("de_DE"), fr = QStringLiteral("fr_FR"),
                  en = QStringLiteral("en_US");
    QTest::newRow("fixed, German, negative") << de << "fixed2" << -2.5 << QStringLiteral("−2,50");
    QTest::newRow("fixed, French") << fr << "fixed2" << 2.0 << QStringLiteral("2,00");
    QTest::newRow("fixed, English") << en << "fixed2" << 2.0 << QStringLiteral("2.00");
    QTest::newRow("fixed, German, no group separator")
        << de << "fixed2" << 12345.5 << QStringLiteral("12345,50");
    QTest::newRow("fixed, German, tiny negative is 0")
        << de << "fixed2" << -1e-9 << QStringLiteral("0,00");
    QTest::newRow("fixed, German, 1.5e15") << de << "fixed2" << 1.5e15 << QStringLiteral("1,5e+15");
    QTest::newRow("compact, French, a half") << fr << "compact" << 0.5 << QStringLiteral("0,5");
    QTest::newRow("compact, German, an integer") << de << "compact" << -3.0 << QStringLiteral("−3");
    QTest::newRow("compact, German, 1/sqrt 2")
        << de << "compact" << 0.70710678 << QStringLiteral("0,707107");
    QTest::newRow("compact, German, a power of ten")
        << de << "compact" << -3.0517578125e-5 << QStringLiteral("−3,05176·10⁻⁵");
    QTest::newRow("compact, English, a half") << en << "compact" << 0.5 << QStringLiteral("0.5");
    QTest::newRow("compact in C, German") << de << "compactC" << -0.5 << QStringLiteral("−0.5");
    QTest::newRow("interval, German") << de << "interval" << 0.5 << QStringLiteral("[0,5; 1]");
    QTest::newRow("interval, French")
        << fr << "interval" << 0.5 << QStringLiteral("[0,5\u00a0; 1]");
    QTest::newRow("interval, English") << en << "interval" << 0.5 << QStringLiteral("[0.5, 1]");
    QTest::newRow("exact, German") << de << "exact" << -0.1 << QStringLiteral("−0,1");
    QTest::newRow("exact, German, e-notation") << de << "exact" << 1e-9 << QStringLiteral("1e−09");
    QTest::newRow("exact, English")
        << en << "exact" << 0.30000000000000004 << QStringLiteral("0.30000000000000004");
    QTest::newRow("roundTrip, German") << de << "roundTrip" << 0.5 << QStringLiteral("0.5");
    QTest::newRow("roundTrip, French, negative")
        << fr << "roundTrip" << -2.5 << QStringLiteral("-2.5");
}

void TestNumberFormat::inLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, format);
    QFETCH(double, value);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale(locale));
    QString written;
    if (format == QLatin1String("fixed2"))
        written = NumberFormat::fixed(value, 2);
    else if (format == QLatin1String("compact"))
        written = NumberFormat::compact(value);
    else if (format == QLatin1String("compactC"))
        written = NumberFormat::compact(value, QLocale::c());
    else if (format == QLatin1String("exact"))
        written = NumberFormat::exact(value);
    else if (format == QLatin1String("interval"))
        written = NumberFormat::interval(value, 1.0);
    else
        written = NumberFormat::roundTrip(value);
    QCOMPARE(written, text);
    // What a program reads stays C: the point, not the comma.
    bool ok = false;
    QCOMPARE(NumberFormat::parse(QStringLiteral("0.5"), &ok), 0.5);
    QVERIFY(ok);
    NumberFormat::parse(QStringLiteral("0,5"), &ok);
    QVERIFY(!ok);
}

void TestNumberFormat::roundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 4.0 << QStringLiteral("4");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero keeps its sign") << -0.0 << QStringLiteral("-0");
    QTest::newRow("0.1 is shortest, not 0.10000000000000001") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("1e-09") << 1e-9 << QStringLiteral("1e-09");
    QTest::newRow("largest double")
        << std::numeric_limits<double>::max() << QStringLiteral("1.7976931348623157e+308");
    QTest::newRow("smallest denormal")
        << std::numeric_limits<double>::denorm_min() << QStringLiteral("5e-324");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("nan");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QStringLiteral("-inf");
}

void TestNumberFormat::roundTrip()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::roundTrip(value), text);
    if (std::isfinite(value)) {
        bool ok = false;
        const double back = text.toDouble(&ok);
        QVERIFY(ok);
        QCOMPARE(back, value);
        QCOMPARE(std::signbit(back), std::signbit(value));
    }
}

void TestNumberFormat::fixed_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::newRow("probe at 2") << 2.0 << 2 << QStringLiteral("2.00");
    QTest::newRow("negative, with a minus sign") << -2.0 << 2 << QStringLiteral("−2.00");
    QTest::newRow("tiny negative is not -0.00") << -1e-9 << 2 << QStringLiteral("0.00");
    QTest::newRow("negative zero") << -0.0 << 2 << QStringLiteral("0.00");
    QTest::newRow("more decimals when zoomed") << 1e-9 << 10 << QStringLiteral("0.0000000010");
    QTest::newRow("just below 1e15: still fixed")
        << 999999999999999.0 << 2 << QStringLiteral("999999999999999.00");
    QTest::newRow("1e100: not 101 digits") << 1e100 << 2 << QStringLiteral("1e+100");
    QTest::newRow("-1.5e20") << -1.5e20 << 3 << QStringLiteral("−1.5e+20");
    QTest::newRow("15 significant digits")
        << 1.23456789012345678e16 << 2 << QStringLiteral("1.23456789012346e+16");
}

void TestNumberFormat::fixed()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::fixed(value, decimals), text);
}

void TestNumberFormat::compact_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("one") << 1.0 << QStringLiteral("1");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("half") << 0.5 << QStringLiteral("0.5");
    QTest::newRow("leaky slope") << 0.01 << QStringLiteral("0.01");
    QTest::newRow("irrational") << 0.70710678118654752 << QStringLiteral("0.707107");
    QTest::newRow("minus one half, with a minus sign") << -0.5 << QStringLiteral("−0.5");
    // Powers of ten as a reader writes them (the h = 3.1·10⁻⁵), never "1e-07".
    QTest::newRow("a small negative power") << -1e-7 << QStringLiteral("−10⁻⁷");
    QTest::newRow("h = 2^-15") << 3.0517578125e-05 << QStringLiteral("3.05176·10⁻⁵");
    QTest::newRow("h = 10^-6, the smallest") << 1e-6 << QStringLiteral("10⁻⁶");
    QTest::newRow("2^-20") << 9.5367431640625e-07 << QStringLiteral("9.53674·10⁻⁷");
    QTest::newRow("0.0001 is still plain") << 1e-4 << QStringLiteral("0.0001");
    QTest::newRow("a large non-integer") << 2.5e20 << QStringLiteral("2.5·10²⁰");
    QTest::newRow("1e100") << 1e100 << QStringLiteral("10¹⁰⁰");
    QTest::newRow("a negative large one") << -1.5e16 << QStringLiteral("−1.5·10¹⁶");
    QTest::newRow("nan reads undefined")
        << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("undefined");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("∞");
    QTest::newRow("minus infinity")
        << -std::numeric_limits<double>::infinity() << QStringLiteral("−∞");
}

void TestNumberFormat::compact()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(NumberFormat::compact(value), text);
}

void TestNumberFormat::decimalsFor_data()
{
    QTest::addColumn<double>("resolution");
    QTest::addColumn<int>("decimals");
    QTest::newRow("notebook view, 0.01 per pixel") << 0.01 << 2;
    QTest::newRow("coarse view") << 10.0 << 2;
    QTest::newRow("zoomed in, 1e-5 per pixel") << 1e-5 << 5;
    QTest::newRow("zoomed in, 3e-5 per pixel") << 3e-5 << 4;
    QTest::newRow("window 1280 wide, 0.0074 per pixel") << 0.0074 << 2;
    QTest::newRow("absurd zoom is capped") << 1e-200 << 12;
    QTest::newRow("zero") << 0.0 << 2;
}

void TestNumberFormat::decimalsFor()
{
    QFETCH(double, resolution);
    QFETCH(int, decimals);
    QCOMPARE(NumberFormat::decimalsFor(resolution), decimals);
}

void TestNumberFormat::parse_data()
{
    // What strtod in the C locale reads (C11 7.22.1.3), the truths worked by hand.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("an integer") << QStringLiteral("-4") << true << -4.0;
    QTest::newRow("e-notation") << QStringLiteral("1e-09") << true << 1e-9;
    QTest::newRow("spaces around") << QStringLiteral(" 2.5 ") << true << 2.5;
    QTest::newRow("underflows to 0") << QStringLiteral("1e-400") << true << 0.0;
    QTest::newRow("a denormal") << QStringLiteral("4.9406564584124654e-324") << true
                                << std::numeric_limits<double>::denorm_min();
    QTest::newRow("overflows to inf") << QStringLiteral("1e999") << true << HUGE_VAL;
    QTest::newRow("-1e999") << QStringLiteral("-1e999") << true << -HUGE_VAL;
    QTest::newRow("a decimal comma is no number") << QStringLiteral("0,5") << false << 0.0;
    QTest::newRow("a word") << QStringLiteral("zero") << false << 0.0;
    QTest::newRow("trailing text") << QStringLiteral("1x") << false << 0.0;
    QTest::newRow("empty") << QString() << false << 0.0;
    QTest::newRow("a minus sign that is not ASCII") << QStringLiteral("−1") << false << 0.0;
}

void TestNumberFormat::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    bool read = !ok;
    QCOMPARE(NumberFormat::parse(text, &read), value);
    QCOMPARE(read, ok);
}

void TestNumberFormat::oneLine_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringLiteral("unknown function 'relu7'") << 300
                           << QStringLiteral("unknown function 'relu7'");
    QTest::newRow("newline and tab")
        << QStringLiteral("a\nb\tc") << 300 << QStringLiteral("a\\nb\\tc");
    QTest::newRow("NUL") << QString(QStringLiteral("relu") + QChar(0) + QStringLiteral("x")) << 300
                         << QStringLiteral("relu\\x00x");
    QTest::newRow("escape sequence")
        << QStringLiteral("\x1b[31mred") << 300 << QStringLiteral("\\x1b[31mred");
    QTest::newRow("DEL and C1") << QString(QChar(0x7f)) + QChar(0x85) << 300
                                << QStringLiteral("\\x7f\\x85");
    QTest::newRow("line separator") << QString(QChar(0x2028)) << 300 << QStringLiteral("\\u2028");
    QTest::newRow("unicode kept") << QStringLiteral("f′(x) = −1 « ok »") << 300
                                  << QStringLiteral("f′(x) = −1 « ok »");
    // 16 is the least: 6 of the beginning, " … ", 6 of the end.
    QTest::newRow("elided in the middle") << QStringLiteral("function: abcdefghijklmnop is bad")
                                          << 16 << QStringLiteral("functi … is bad");
    QTest::newRow("an escape is not cut")
        << QStringLiteral("abcde\nfghijklmnopqrstuvwxyz") << 16 << QStringLiteral("abcde … uvwxyz");
}

void TestNumberFormat::oneLine()
{
    QFETCH(QString, message);
    QFETCH(int, maximum);
    QFETCH(QString, line);
    QCOMPARE(OneLine::of(message, maximum), line);
}

void TestNumberFormat::oneLineOfAMegabyte()
{
    const QString huge = QStringLiteral("function: ") + QString(1024 * 1024, QLatin1Char('x'))
        + QStringLiteral("\n: no such function");
    const QString line = OneLine::of(huge);
    QVERIFY(line.size() <= OneLine::maximumLength);
    QVERIFY(line.startsWith(QStringLiteral("function: xxx")));
    QVERIFY(line.endsWith(QStringLiteral("\\n: no such function")));
    QVERIFY(!line.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
