// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "derivativeconvention.h"
#include "explorerstate.h"
#include "mainwindow.h"
#include "settings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

/**
 * No lost work: the running app saves its session a moment after each change, so that after a
 * kill -9 (a crash, a power cut, a teacher pulling the plug) the next start is where it stopped.
 */
class TestAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWindowComesBack();
    void savesAMomentAfterEachChange();
};

void TestAutosave::killedWindowComesBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("relu-explorer.conf"));

    // The real program, in its window, told to show something other than the defaults.
    QProcess app;
    app.start(QStringLiteral(RELU_EXPLORER_PATH),
              { QStringLiteral("--settings"), path, QStringLiteral("--function"),
                QStringLiteral("elu:alpha=0.5"), QStringLiteral("--probe"), QStringLiteral("-1.25"),
                QStringLiteral("--convention"), QStringLiteral("right") });
    QVERIFY(app.waitForStarted());
    // Within a few seconds of the change, the file holds it…
    QElapsedTimer timer;
    timer.start();
    auto saved = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("elu:alpha=0.5");
    };
    while (!saved() && timer.elapsed() < 20000 && app.state() == QProcess::Running)
        QTest::qWait(50);
    QVERIFY2(app.state() == QProcess::Running, app.readAllStandardError().constData());
    QVERIFY2(saved(), "the session was not saved within 20 s");
    qInfo("saved %lld ms after the start", qint64(timer.elapsed()));

    // …so that kill -9, which gives the program no chance to save on the way out, loses nothing.
    ::kill(pid_t(app.processId()), SIGKILL);
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);

    // The next start is where it stopped.
    Settings settings(path);
    MainWindow window(&settings);
    const ExplorerState &state = *window.state();
    QCOMPARE(state.activation().specification(), QStringLiteral("elu:alpha=0.5"));
    QCOMPARE(state.probeX(), -1.25);
    QCOMPARE(state.convention(), DerivativeConvention::Right);
}

void TestAutosave::savesAMomentAfterEachChange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("relu-explorer.conf"));
    Settings settings(path);
    MainWindow window(&settings);
    ExplorerState &state = *window.state();

    // A drag sends many changes; they are written together, within a second of the first.
    for (int i = 0; i < 50; ++i)
        state.setProbeX(0.01 * i);
    QCOMPARE(Settings(path).session().probeX, SessionSnapshot().probeX); // not yet
    QTRY_COMPARE_WITH_TIMEOUT(Settings(path).session().probeX, 0.49, 5000);
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
