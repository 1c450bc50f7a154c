// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

/**
 * The fuzz targets' inputs, replayed in the normal build through the very checks the targets run
 * (tests/fuzz/fuzzchecks.cpp): every input that ever broke one (tests/fuzz/regressions/<target>/),
 * so a fixed bug stays fixed without clang or libFuzzer, and the seed corpus
 * (tests/fuzz/corpus/<target>/), so the checks themselves keep compiling and passing.
 */
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds();
    void replay_data();
    void replay();

private:
    static QDir folder(const QString &kind, const FuzzChecks::Target &target);
};

QDir TestFuzzRegressions::folder(const QString &kind, const FuzzChecks::Target &target)
{
    return QDir(QStringLiteral(RELU_FUZZ_DIR) + QLatin1Char('/') + kind + QLatin1Char('/')
                + QString::fromLatin1(target.name));
}

void TestFuzzRegressions::everyTargetHasSeeds()
{
    // An empty replay would pass; make sure the files are where the test looks.
    std::size_t count = 0;
    const FuzzChecks::Target *targets = FuzzChecks::targets(&count);
    QCOMPARE(count, std::size_t(3));
    for (std::size_t t = 0; t < count; ++t) {
        const QDir corpus = folder(QStringLiteral("corpus"), targets[t]);
        QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), qPrintable(corpus.path()));
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("target");
    std::size_t count = 0;
    const FuzzChecks::Target *targets = FuzzChecks::targets(&count);
    for (const QString &kind : { QStringLiteral("regressions"), QStringLiteral("corpus") }) {
        for (std::size_t t = 0; t < count; ++t) {
            const auto files = folder(kind, targets[t]).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &file : files) {
                QTest::addRow("%s/%s/%s", qPrintable(kind), targets[t].name,
                              qPrintable(file.fileName()))
                    << file.absoluteFilePath() << int(t);
            }
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    QFETCH(int, target);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    std::size_t count = 0;
    const FuzzChecks::Target &check = FuzzChecks::targets(&count)[target];
    try {
        check.check(input);
    } catch (const FuzzChecks::Failure &failure) {
        QFAIL(failure.what());
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
