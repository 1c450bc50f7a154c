// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "comparedfunction.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "settings.h"
#include "translations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

/** A string literal's bytes, embedded NULs included, without the terminating one. */
template<std::size_t N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

} // namespace

/**
 * The typed settings: a session round-trips; missing, corrupted and hand-edited files fall back
 * to defaults for the bad values only, and never crash.
 */
class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void missingFileGivesDefaults();
    void roundTrip();
    void expressionRoundTrip();
    void badValuesFallBackOneByOne_data();
    void badValuesFallBackOneByOne();
    void badValueIsResetOnceInFrench();
    void noComparisonsIsAnEmptyList();
    void garbageFile_data();
    void garbageFile();
    void theme();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("settings.conf")); }
    void writeFile(const QByteArray &content) const;
    QTemporaryDir m_dir;
};

void TestSettings::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(path());
    QFile::remove(path() + QStringLiteral(".damaged"));
}

void TestSettings::writeFile(const QByteArray &content) const
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestSettings::missingFileGivesDefaults()
{
    const Settings settings(path());
    QStringList problems;
    const SessionSnapshot s = settings.session(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(s.function, QStringLiteral("relu"));
    QCOMPARE(s.probeX, 2.0);
    QCOMPARE(s.xRange, (Interval { -4.4, 4.4 }));
    QCOMPARE(settings.theme(), Theme::System);
}

void TestSettings::roundTrip()
{
    ExplorerState state;
    state.switchTo(ActivationCatalog::fromSpecification(
        QStringLiteral("leaky_relu:negative_slope=0.2"), nullptr));
    state.setComparisons({ ActivationCatalog::create(QStringLiteral("gelu")),
                           ActivationCatalog::fromSpecification(
                               QStringLiteral("hardtanh:min_val=-2,max_val=2"), nullptr),
                           ComparedFunction::resolve(QStringLiteral("max(0.1*x, x)"), nullptr) });
    state.setComparedValuesShown(true);
    state.setConvention(DerivativeConvention::Average);
    state.setSecantMode(SecantMode::Central);
    state.setSecantH(-0.015625);
    QVERIFY(state.setView({ -1.5, 0.1 }, { -0.3, 0.7 }));
    state.setProbeX(0.1 + 0.2); // 0.30000000000000004 must come back exactly
    state.setDerivativePanelVisible(false);
    state.setQuotientPanelVisible(true);
    state.setQuotientScale(QuotientAxis::Scale::SymmetricLog);
    state.setEqualScales(true);
    state.setSamplePointsVisible(true);
    state.setValuesTableVisible(true);
    state.setSampleGrid({ -2, 2, 0.5 });
    state.setExpressionText(QStringLiteral("x*(x>0"));
    {
        Settings settings(path());
        settings.setSession(state.snapshot());
        QVERIFY(settings.sync());
    }
    const Settings reread(path());
    QStringList problems;
    ExplorerState restored;
    problems << restored.restore(reread.session(&problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(restored.activation().specification(),
             QStringLiteral("leaky_relu:negative_slope=0.2"));
    QCOMPARE(int(restored.comparisons().size()), 3);
    QCOMPARE(restored.comparisons()[1]->specification(),
             QStringLiteral("hardtanh:min_val=-2,max_val=2"));
    QCOMPARE(restored.comparisons()[2]->specification(), QStringLiteral("max(0.1*x, x)"));
    QVERIFY(restored.areComparedValuesShown());
    QCOMPARE(restored.convention(), DerivativeConvention::Average);
    QCOMPARE(restored.secantMode(), SecantMode::Central);
    QCOMPARE(restored.secantH(), -0.015625);
    QCOMPARE(restored.xRange(), (Interval { -1.5, 0.1 }));
    QCOMPARE(restored.yRange(), (Interval { -0.3, 0.7 }));
    QCOMPARE(restored.probeX(), 0.1 + 0.2);
    QVERIFY(!restored.isDerivativePanelVisible());
    QVERIFY(restored.isQuotientPanelVisible());
    QCOMPARE(restored.quotientScale(), QuotientAxis::Scale::SymmetricLog);
    QVERIFY(restored.hasEqualScales());
    QVERIFY(restored.areSamplePointsVisible());
    QVERIFY(restored.isValuesTableVisible());
    QCOMPARE(restored.sampleGrid(), (SampleGrid { -2, 2, 0.5 }));
    QCOMPARE(restored.expressionText(), QStringLiteral("x*(x>0")); // kept though it does not parse
}

void TestSettings::expressionRoundTrip()
{
    ExplorerState state;
    state.switchTo(ExpressionActivation::parse(QStringLiteral("abs(x-1)")).activation);
    {
        Settings settings(path());
        settings.setSession(state.snapshot());
        QVERIFY(settings.sync());
    }
    ExplorerState restored;
    QVERIFY(restored.restore(Settings(path()).session()).isEmpty());
    QVERIFY(restored.activation().isExpression());
    QCOMPARE(restored.activation().specification(), QStringLiteral("abs(x-1)"));

    // A parameter keeps its value and range, and the kink follows it: relu(x−k) at k = 2.
    state.switchTo(ExpressionActivation::parse(QStringLiteral("relu(x-k)")).activation);
    QCOMPARE(state.setExpressionParameterRange(0, -1.0, 3.0), QString());
    state.setExpressionParameter(0, 2.0);
    {
        Settings settings(path());
        settings.setSession(state.snapshot());
        QVERIFY(settings.sync());
    }
    QStringList problems;
    const SessionSnapshot read = Settings(path()).session(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(';'))));
    QCOMPARE(read, state.snapshot());
    QVERIFY(restored.restore(read).isEmpty());
    const ExpressionParameter k = restored.expressionParameters().value(0);
    QCOMPARE(k.name, QStringLiteral("k"));
    QCOMPARE(k.value, 2.0);
    QCOMPARE(k.minimum, -1.0);
    QCOMPARE(k.maximum, 3.0);
    QCOMPARE(restored.activation().kinks().front().x, 2.0);
}

void TestSettings::badValuesFallBackOneByOne_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown function") << QByteArray("function=relu7") << QStringLiteral("function");
    QTest::newRow("bad parameter")
        << QByteArray("function=\"leaky_relu:negative_slope=9\"") << QStringLiteral("function");
    QTest::newRow("probe not a number") << QByteArray("probe=banana") << QStringLiteral("probe");
    QTest::newRow("probe NaN") << QByteArray("probe=nan") << QStringLiteral("probe");
    QTest::newRow("probe 1e999") << QByteArray("probe=1e999") << QStringLiteral("probe");
    QTest::newRow("h zero") << QByteArray("h=0") << QStringLiteral("h");
    QTest::newRow("h too big") << QByteArray("h=5") << QStringLiteral("h");
    QTest::newRow("reversed view") << QByteArray("xMin=5\nxMax=1") << QStringLiteral("view");
    QTest::newRow("view 1e-300 wide")
        << QByteArray("xMin=0\nxMax=1e-300") << QStringLiteral("view");
    QTest::newRow("unknown convention")
        << QByteArray("convention=middle") << QStringLiteral("convention");
    QTest::newRow("unknown secant") << QByteArray("secant=backward") << QStringLiteral("secant");
    QTest::newRow("bool as word") << QByteArray("derivativePanel=perhaps")
                                  << QStringLiteral("derivativePanel");
    QTest::newRow("huge sample grid")
        << QByteArray("samplesStep=1e-9") << QStringLiteral("samples");
    QTest::newRow("parameter out of its range")
        << QByteArray("expression=\"relu(x-k)\"\nparameters=k=9:-5:5")
        << QStringLiteral("parameters: k = 9 is not in its range");
    QTest::newRow("parameter not a number")
        << QByteArray("parameters=k=nine:-5:5") << QStringLiteral("session/parameters");
    QTest::newRow("bad expression in use")
        << QByteArray("useExpression=true\nexpression=\"max(0,,x)\"")
        << QStringLiteral("expression");
}

void TestSettings::badValuesFallBackOneByOne()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, field);
    // One bad value among good ones: the good ones survive.
    writeFile("[session]\nconvention=right\nprobe=-3\nh=0.25\nderivativePanel=false\n" + line
              + "\nunknownKey=whatever\n");
    const Settings settings(path());
    QStringList problems;
    const SessionSnapshot s = settings.session(&problems);
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(field),
             qPrintable(problems.join(QLatin1Char('\n'))));
    const SessionSnapshot defaults;
    ExplorerState state;
    state.restore(s);
    if (field != QLatin1String("convention"))
        QCOMPARE(state.convention(), DerivativeConvention::Right);
    if (field != QLatin1String("probe") && field != QLatin1String("view"))
        QCOMPARE(state.probeX(), -3.0);
    // A bad h is reset to its default, not clamped into range (h=5 is not h=2).
    QCOMPARE(state.secantH(), field == QLatin1String("h") ? defaults.secantH : 0.25);
    if (field != QLatin1String("derivativePanel"))
        QVERIFY(!state.isDerivativePanelVisible());
    // The bad one is its default, and the state is whole.
    QVERIFY(SessionLimits::isValidRange(state.xRange()));
    QVERIFY(std::isfinite(state.probeX()));
    QCOMPARE(state.activation().name(),
             field == QLatin1String("function") || field == QLatin1String("expression")
                 ? defaults.function
                 : QStringLiteral("relu"));
}

void TestSettings::badValueIsResetOnceInFrench()
{
    // Problems used to be matched by the text of their message: French writes "h : …" (a no-break
    // space before the colon), so h=5 was not reset but clamped to 2, and reported twice.
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    writeFile("[session]\nh=5\nprobe=-3\n");
    const Settings settings(path());
    QStringList problems;
    const SessionSnapshot s = settings.session(&problems);
    ExplorerState state;
    problems << state.restore(s);
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().startsWith(QStringLiteral("h\u00a0:")),
             qPrintable(problems.constFirst()));
    QCOMPARE(state.secantH(), SessionSnapshot().secantH);
    QCOMPARE(state.probeX(), -3.0);
}

void TestSettings::noComparisonsIsAnEmptyList()
{
    // QSettings writes an empty list as "@Invalid()", a value no person can read.
    {
        Settings settings(path());
        settings.setSession(SessionSnapshot());
        QVERIFY(settings.sync());
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(!content.contains("@Invalid"), content.constData());
    QVERIFY(content.contains("compare=\n"));
    QStringList problems;
    QVERIFY(Settings(path()).session(&problems).comparisons.isEmpty());
    QVERIFY(problems.isEmpty());
}

void TestSettings::garbageFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("damage"); // why it is set aside; empty when it is read as INI
    QTest::newRow("binary") << bytes("\x00\x01\xff\xfe\x89PNG\r\n\x1a\n\x00\x00garbage")
                            << QStringLiteral("is not text");
    QTest::newRow("not UTF-8") << QByteArray("[session]\nfunction=r\xe9lu\n")
                               << QStringLiteral("is not text");
    QTest::newRow("huge") << QByteArray(4 * 1024 * 1024, 'x')
                          << QStringLiteral("more than a settings file's");
    QTest::newRow("truncated") << QByteArray("[session]\nprobe=1.5\nfunc") << QString();
    QTest::newRow("not INI at all") << QByteArray("{\"probe\": 3}") << QString();
}

void TestSettings::garbageFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, damage);
    writeFile(content);
    QCOMPARE(Settings::fileProblem(path()).contains(damage), true);
    QCOMPARE(Settings::fileProblem(path()).isEmpty(), damage.isEmpty());
    QStringList problems;
    ExplorerState state;
    {
        Settings settings(path());
        state.restore(settings.session(&problems));
        settings.setTheme(Theme::Dark); // and it can be written again
    }
    QVERIFY(SessionLimits::isValidRange(state.xRange()));
    QVERIFY(std::isfinite(state.probeX()));
    QCOMPARE(state.activation().name(), QStringLiteral("relu"));
    QCOMPARE(Settings(path()).theme(), Theme::Dark);

    const QString aside = path() + QStringLiteral(".damaged");
    if (damage.isEmpty()) {
        QVERIFY(!QFile::exists(aside));
        return;
    }
    // A damaged file is not lost: it is kept beside, byte for byte, and the user is told where.
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].contains(damage) && problems[0].contains(aside), qPrintable(problems[0]));
    QVERIFY(Settings::fileProblem(path()).isEmpty());
}

void TestSettings::theme()
{
    {
        Settings settings(path());
        settings.setTheme(Theme::Dark);
        QVERIFY(settings.sync());
    }
    QCOMPARE(Settings(path()).theme(), Theme::Dark);
    writeFile("[window]\ntheme=purple\n");
    QCOMPARE(Settings(path()).theme(), Theme::System);
    // High contrast is saved under its own word; the words saved before it read as they did.
    {
        Settings settings(path());
        settings.setTheme(Theme::HighContrast);
        QVERIFY(settings.sync());
    }
    QCOMPARE(Settings(path()).theme(), Theme::HighContrast);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("theme=high-contrast"));
    }
    for (const auto &[word, theme] :
         { std::pair { "light", Theme::Light }, std::pair { "dark", Theme::Dark },
           std::pair { "system", Theme::System } }) {
        writeFile(QByteArray("[window]\ntheme=") + word + "\n");
        QCOMPARE(Settings(path()).theme(), theme);
    }
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
