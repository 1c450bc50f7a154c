// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparedfunction.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "filesizelimit.h"
#include "lessonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

/** Lesson files: round trip, hand-written ones, a future version, garbage; never half-written. */
class TestLessonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void handWritten();
    void parametersRoundTrip();
    void refused_data();
    void refused();
    void loadProblems();
    void saveIsAtomic();
    void specialFilesAreLeftAlone();

private:
    QTemporaryDir m_dir;
};

void TestLessonFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLessonFile::roundTrip()
{
    ExplorerState state;
    state.switchTo(ExpressionActivation::parse(QStringLiteral("max(0,x)+max(0,x-2)")).activation);
    state.setConvention(DerivativeConvention::Undefined);
    state.setSecantMode(SecantMode::Forward);
    state.setSecantH(-1e-6);
    state.setProbeX(2.0);
    state.setSamplePointsVisible(true);
    state.setValuesTableVisible(true);
    state.setQuotientPanelVisible(true);
    state.setEqualScales(true);
    state.setComparisons({ ComparedFunction::resolve(QStringLiteral("x*(x>=0)"), nullptr) });
    state.setComparedValuesShown(true);
    const QString path = m_dir.filePath(QStringLiteral("lesson.json"));
    QCOMPARE(LessonFile::save(path, state.snapshot()), QString());

    QString error;
    const auto lesson = LessonFile::load(path, &error);
    QVERIFY2(lesson, qPrintable(error));
    ExplorerState restored;
    QVERIFY(restored.restore(*lesson).isEmpty());
    QCOMPARE(restored.activation().specification(), QStringLiteral("max(0,x)+max(0,x-2)"));
    QCOMPARE(restored.convention(), DerivativeConvention::Undefined);
    QCOMPARE(restored.secantMode(), SecantMode::Forward);
    QCOMPARE(restored.secantH(), -1e-6);
    QCOMPARE(restored.probeX(), 2.0);
    QVERIFY(restored.probeKink());
    QVERIFY(restored.areSamplePointsVisible());
    QVERIFY(restored.isValuesTableVisible());
    QVERIFY(restored.isQuotientPanelVisible());
    QVERIFY(restored.hasEqualScales());
    QCOMPARE(int(restored.comparisons().size()), 1);
    QCOMPARE(restored.comparisons()[0]->specification(), QStringLiteral("x*(x>=0)"));
    QVERIFY(restored.areComparedValuesShown());
    QCOMPARE(restored.xRange(), state.xRange());
    // Readable: a person can see what it holds.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("\"format\": \"relu-explorer-lesson\""));
    QVERIFY(text.contains("\"version\": 1"));
    QVERIFY(text.contains("\"convention\": \"undefined\""));
}

void TestLessonFile::parametersRoundTrip()
{
    ExplorerState state;
    state.switchTo(ExpressionActivation::parse(QStringLiteral("max(a*x, x)")).activation);
    state.setExpressionParameter(0, 0.5);
    const auto lesson = LessonFile::fromJson(LessonFile::toJson(state.snapshot()), nullptr);
    QVERIFY(lesson);
    QCOMPARE(*lesson, state.snapshot());
    ExplorerState restored;
    QVERIFY(restored.restore(*lesson).isEmpty());
    QCOMPARE(restored.expressionParameters().value(0).value, 0.5);
    QCOMPARE(restored.activation().kinks().size(), std::size_t(1));
    QCOMPARE(restored.activation().leftDerivative(0.0), 0.5);

    // Written by hand, without a range; and an old lesson without parameters starts a at 1.
    const QByteArray head = R"({"format": "relu-explorer-lesson", "version": 1, )"
                            R"j("useExpression": true, "expression": "max(a*x, x)")j";
    const auto byHand
        = LessonFile::fromJson(head + R"j(, "parameters": [{"name": "a", "value": 2}]})j", nullptr);
    QVERIFY(byHand);
    QVERIFY(restored.restore(*byHand).isEmpty());
    QCOMPARE(restored.expressionParameters().value(0).value, 2.0);
    QCOMPARE(restored.expressionParameters().value(0).maximum, 5.0);
    const auto old = LessonFile::fromJson(head + "}", nullptr);
    QVERIFY(old);
    QVERIFY(restored.restore(*old).isEmpty());
    QCOMPARE(restored.expressionParameters().value(0).value, 1.0);
    QVERIFY(restored.activation().kinks().empty());
}

void TestLessonFile::handWritten()
{
    // Only what matters to the lesson; the rest takes its defaults.
    QString error;
    const auto lesson = LessonFile::fromJson(
        R"({"format": "relu-explorer-lesson", "version": 1, "function": "relu6", "probe": 6})",
        &error);
    QVERIFY2(lesson, qPrintable(error));
    QCOMPARE(lesson->function, QStringLiteral("relu6"));
    QCOMPARE(lesson->probeX, 6.0);
    QCOMPARE(lesson->convention, DerivativeConvention::PyTorch);
    QVERIFY(lesson->derivativePanel);
    QVERIFY(!lesson->valuesTable); // lessons written before the table was saved keep it hidden
}

void TestLessonFile::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format": "relu-explorer-lesson", "version": 1, )";
    QTest::newRow("future version")
        << QByteArray(R"({"format": "relu-explorer-lesson", "version": 2})")
        << QStringLiteral("saved by a newer ReLU Explorer (lesson format 2)");
    QTest::newRow("no version") << QByteArray(R"({"format": "relu-explorer-lesson"})")
                                << QStringLiteral("no whole-number \"version\"");
    QTest::newRow("version 0") << QByteArray(R"({"format": "relu-explorer-lesson", "version": 0})")
                               << QStringLiteral("version 0 is not valid");
    QTest::newRow("garbage") << QByteArray("§$%&/()=?") << QStringLiteral("not a lesson file");
    QTest::newRow("truncated") << QByteArray(R"({"format": "relu-explorer-lesson", "vers)")
                               << QStringLiteral("not a lesson file");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)
                            << QStringLiteral("not a lesson file");
    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << QStringLiteral("no JSON object");
    QTest::newRow("another format") << QByteArray(R"({"format": "notebook", "version": 1})")
                                    << QStringLiteral("\"format\" is not");
    QTest::newRow("probe as text")
        << head + R"("probe": "two"})" << QStringLiteral("'probe' must be a number");
    QTest::newRow("flag as number") << head + R"("derivativePanel": 1})"
                                    << QStringLiteral("'derivativePanel' must be true or false");
    QTest::newRow("parameters not a list")
        << head + R"("parameters": {"a": 1}})" << QStringLiteral("'parameters' must be a list");
    QTest::newRow("parameter value as text")
        << head + R"("parameters": [{"name": "a", "value": "one"}]})"
        << QStringLiteral("'parameters' must be a list of objects");
    QTest::newRow("parameter range reversed")
        << head + R"("parameters": [{"name": "a", "value": 1, "range": [2, -2]}]})"
        << QStringLiteral("a: the range's start 2 must be less than its end −2");
    QTest::newRow("compare not a list")
        << head + R"("compare": "gelu"})" << QStringLiteral("'compare' must be a list");
    QTest::newRow("view of three")
        << head + R"("view": {"x": [1, 2, 3]}})" << QStringLiteral("'view.x' must be two numbers");
    QTest::newRow("reversed view") << head + R"("view": {"x": [2, 1]}})"
                                   << QStringLiteral("the x range [2, 1] cannot be shown");
    QTest::newRow("unknown function")
        << head + R"("function": "swish"})" << QStringLiteral("function: unknown function 'swish'");
    QTest::newRow("bad expression")
        << head + R"json("useExpression": true, "expression": "max(0,,x)"})json"
        << QStringLiteral("expression: unexpected comma");
    QTest::newRow("unknown convention")
        << head + R"("convention": "middle"})" << QStringLiteral("unknown convention 'middle'");
    QTest::newRow("h = 0") << head + R"("h": 0})" << QStringLiteral("h: 0 is not between");
    QTest::newRow("samples not an object")
        << head + R"("samples": 3})" << QStringLiteral("'samples' must be an object");
}

void TestLessonFile::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!LessonFile::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestLessonFile::loadProblems()
{
    QString error;
    QVERIFY(!LessonFile::load(m_dir.filePath(QStringLiteral("none.json")), &error));
    QVERIFY(error.contains(QLatin1String("no such file")));
    QVERIFY(!LessonFile::load(m_dir.path(), &error));
    QVERIFY(error.contains(QLatin1String("it is a directory")));
    const QString huge = m_dir.filePath(QStringLiteral("huge.json"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(LessonFile::maximumSize + 10, ' '));
    file.close();
    QVERIFY(!LessonFile::load(huge, &error));
    QVERIFY2(error.contains(QLatin1String("a lesson is at most")), qPrintable(error));
}

void TestLessonFile::saveIsAtomic()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.json"));
    ExplorerState state;
    QCOMPARE(LessonFile::save(path, state.snapshot()), QString());
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();
    // Saving into a missing directory or onto a directory fails, and leaves nothing behind.
    QVERIFY(LessonFile::save(m_dir.filePath(QStringLiteral("missing/x.json")), state.snapshot())
                .contains(QLatin1String("does not exist")));
    QVERIFY(LessonFile::save(m_dir.path(), state.snapshot()).contains(QLatin1String("directory")));
    // A write that fails halfway (a full disk, here a file size limit) keeps the old lesson.
    ExplorerState changed;
    changed.setProbeX(-3.25);
    QString error;
    {
        const FileSizeLimit limit(rlim_t(original.size() / 2));
        QVERIFY(limit.isActive());
        error = LessonFile::save(path, changed.snapshot());
    }
    QVERIFY2(error.contains(QLatin1String("larger than this system allows")), qPrintable(error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original);
    QCOMPARE(QDir(m_dir.path())
                 .entryList(QDir::Files | QDir::Hidden)
                 .filter(QStringLiteral("keep"))
                 .size(),
             1);
}

void TestLessonFile::specialFilesAreLeftAlone()
{
    // A FIFO is neither opened for reading (that blocks until someone writes: this test would
    // hang) nor replaced by a save (renaming a file over it would destroy it).
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QString error;
    QVERIFY(!LessonFile::load(fifo, &error));
    QVERIFY2(error.contains(QLatin1String("FIFO")), qPrintable(error));
    ExplorerState state;
    error = LessonFile::save(fifo, state.snapshot());
    QVERIFY2(error.contains(QLatin1String("FIFO"))
                 && error.contains(QLatin1String("left as it is")),
             qPrintable(error));
    struct stat status
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
    // A character device, read or saved to through a link: refused, and the link stays a link.
    QVERIFY(!LessonFile::load(QStringLiteral("/dev/zero"), &error));
    QVERIFY2(error.contains(QLatin1String("character device")), qPrintable(error));
    const QString link = m_dir.filePath(QStringLiteral("zero.json"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
    QVERIFY(!LessonFile::save(link, state.snapshot()).isEmpty());
    QCOMPARE(QFileInfo(link).symLinkTarget(), QStringLiteral("/dev/zero"));
    // A loop of links says so, rather than "no such file".
    const QString loop = m_dir.filePath(QStringLiteral("loop.json"));
    QVERIFY(QFile::link(loop, loop));
    QVERIFY(!LessonFile::load(loop, &error));
    QVERIFY2(error.contains(QLatin1String("loop of symbolic links")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLessonFile)
#include "tst_lessonfile.moc"
