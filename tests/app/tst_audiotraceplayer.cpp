// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "audiotrace.h"
#include "audiotraceplayer.h"
#include "explorerstate.h"
#include "fuzzy.h"
#include "mainwindow.h"
#include "plotview.h"

#include <QAction>
#include <QAudioDevice>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QWidget>

#include <cmath>
#include <vector>

namespace {

constexpr double pi = 3.14159265358979323846;

/** A player whose sound card is a list: what it would have played. */
class RecordingPlayer : public AudioTracePlayer
{
public:
    using AudioTracePlayer::AudioTracePlayer;
    using AudioTracePlayer::soundFinished;

    std::vector<std::vector<float>> sounds;
    int stops = 0;

protected:
    int openOutput() override { return AudioTrace::defaultSampleRate; }
    bool startSound(const std::vector<float> &samples, int) override
    {
        sounds.push_back(samples);
        return true;
    }
    void stopSound() override { ++stops; }
};

/** The frequency of a tone from its upward zero crossings (left plus right). */
double measuredFrequency(const std::vector<float> &samples, int first, int last)
{
    std::vector<double> crossings;
    for (int i = first + 1; i < last; ++i) {
        const double before = samples[2 * std::size_t(i) - 2] + samples[2 * std::size_t(i) - 1];
        const double now = samples[2 * std::size_t(i)] + samples[2 * std::size_t(i) + 1];
        if (before < 0.0 && now >= 0.0)
            crossings.push_back(double(i - 1) + before / (before - now));
    }
    if (crossings.size() < 3)
        return std::nan("");
    return double(crossings.size() - 1) * AudioTrace::defaultSampleRate
        / (crossings.back() - crossings.front());
}

double channelRms(const std::vector<float> &samples, int channel, int first, int last)
{
    double sum = 0.0;
    for (int i = first; i < last; ++i)
        sum += double(samples[2 * std::size_t(i) + channel])
            * samples[2 * std::size_t(i) + channel];
    return std::sqrt(sum / (last - first));
}

QAction *menuAction(QMenuBar *bar, const QString &menuText, const QString &text)
{
    for (QAction *menu : bar->actions()) {
        if (menu->text() != menuText || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions())
            if (action->text() == text)
                return action;
    }
    return nullptr;
}

} // namespace

/** View ▸ Audio Trace: what it plays, when, and what it says without a sound card. */
class TestAudioTracePlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inTheViewMenuWithItsKeys();
    void withoutAnOutputItSaysSo();
    void theDefaultOutputNeverHangs();
    void playsTheSweepOfTheView();
    void probeMovesPlayTheirPoint_data();
    void probeMovesPlayTheirPoint();
    void stoppedByTheKeyAgainOrEscape();
};

void TestAudioTracePlayer::inTheViewMenuWithItsKeys()
{
    MainWindow window;
    QAction *trace
        = menuAction(window.menuBar(), QStringLiteral("&View"), QStringLiteral("Audio Tra&ce"));
    QVERIFY(trace);
    QCOMPARE(trace->shortcut(), QKeySequence(Qt::Key_A));
    QVERIFY(trace->isCheckable());
    QAction *derivative = menuAction(window.menuBar(), QStringLiteral("&View"),
                                     QStringLiteral("A&udio Trace of f′ Too"));
    QVERIFY(derivative);
    QCOMPARE(derivative->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_A));
    // No other action of the window takes A or Shift+A.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action == trace || action == derivative)
            continue;
        QVERIFY2(!action->shortcuts().contains(trace->shortcut())
                     && !action->shortcuts().contains(derivative->shortcut()),
                 qPrintable(action->text()));
    }
}

void TestAudioTracePlayer::withoutAnOutputItSaysSo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.audioTrace()->setOutputDevice(QAudioDevice());
    QTest::keyClick(window.plotView(), Qt::Key_A);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("No sound output found: the audio trace cannot play here"));
    QVERIFY(!window.audioTrace()->audioTrace()->isChecked());
    QVERIFY(!window.audioTrace()->isSweeping());
    // The probe's keys still move it, silently and without a word about sound.
    const double before = window.state()->probeX();
    QTest::keyClick(window.plotView(), Qt::Key_Right);
    QVERIFY(window.state()->probeX() > before);
    QTest::keyClick(window.plotView(), Qt::Key_A, Qt::ShiftModifier);
    QVERIFY(window.audioTrace()->derivativeTone()->isChecked());
    QTest::keyClick(window.plotView(), Qt::Key_A);
    QVERIFY(!window.audioTrace()->audioTrace()->isChecked());
}

void TestAudioTracePlayer::theDefaultOutputNeverHangs()
{
    // Whatever this machine has (on CI: nothing), A answers at once, in one line, and A again is
    // silence.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(window.plotView(), Qt::Key_A);
    QVERIFY(clock.elapsed() < 5000);
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(QMediaDevices::defaultAudioOutput().isNull()
                 ? said == QStringLiteral("No sound output found: the audio trace cannot play here")
                 : said.startsWith(QStringLiteral("Audio trace: x from")),
             qPrintable(said));
    QVERIFY(!said.contains(QLatin1Char('\n')));
    QTest::keyClick(window.plotView(), Qt::Key_A);
    QVERIFY(!window.audioTrace()->audioTrace()->isChecked());
}

void TestAudioTracePlayer::playsTheSweepOfTheView()
{
    QWidget window;
    ExplorerState state;
    state.setActivation(ActivationCatalog::create(QStringLiteral("relu")));
    QVERIFY(state.setView({ -2.0, 2.0 }, { -1.0, 2.0 }));
    RecordingPlayer player(&state, &window);
    QSignalSpy messages(&player, &AudioTracePlayer::message);
    player.audioTrace()->trigger();
    QVERIFY(player.isAudioOn());
    QVERIFY(player.isSweeping());
    QCOMPARE(player.sounds.size(), std::size_t(1));
    const std::vector<float> sweep = player.sounds.front();
    QCOMPARE(
        sweep.size(),
        std::size_t(2 * std::lround(AudioTrace::defaultDuration * AudioTrace::defaultSampleRate)));
    // The view's trace: at x = 1 (three quarters through), relu is 1, two thirds up the y range:
    // 200 Hz × 8^(2/3) = 800 Hz.
    const int atOne = int(0.75 * (sweep.size() / 2 - 1));
    RELU_FUZZY_COMPARE(measuredFrequency(sweep, atOne - 600, atOne + 600), 800.0, 0.0, 0.01);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.front().front().toString().startsWith(
        QStringLiteral("Audio trace: x from −2 to 2")));
    player.soundFinished();
    QVERIFY(!player.isSweeping());
    QVERIFY(player.isAudioOn());

    // With f′'s tone the sweep holds a second voice: what it adds to the first is a tone at
    // relu′'s pitch, 400 Hz (relu′ = 0) at x = −1 and 800 Hz (relu′ = 1) at x = 0.5, where f
    // itself sounds at 200 Hz × 8^(1.5/3) = 566 Hz.
    player.audioTrace()->trigger();
    player.derivativeTone()->trigger();
    player.audioTrace()->trigger();
    QCOMPARE(player.sounds.size(), std::size_t(2));
    const std::vector<float> &both = player.sounds.back();
    QCOMPARE(both.size(), sweep.size());
    std::vector<float> added(both.size());
    for (std::size_t i = 0; i < both.size(); ++i)
        added[i] = both[i] - sweep[i];
    const int atMinusOne = int(0.25 * (sweep.size() / 2 - 1));
    RELU_FUZZY_COMPARE(measuredFrequency(added, atMinusOne - 600, atMinusOne + 600), 400.0, 0.0,
                       0.01);
    const int atHalf = int(0.625 * (sweep.size() / 2 - 1));
    RELU_FUZZY_COMPARE(measuredFrequency(added, atHalf - 600, atHalf + 600), 800.0, 0.0, 0.01);
    RELU_FUZZY_COMPARE(measuredFrequency(sweep, atHalf - 600, atHalf + 600),
                       200.0 * std::pow(8.0, 0.5), 0.0, 0.01);
}

void TestAudioTracePlayer::probeMovesPlayTheirPoint_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    // relu's y computed here, its pitch on the view [−1, 2]: 200 Hz · 8^((y + 1) / 3).
    QTest::newRow("x = 1") << 1.0 << 1.0;
    QTest::newRow("x = -1.5") << -1.5 << 0.0;
    QTest::newRow("x = 1.75") << 1.75 << 1.75;
}

void TestAudioTracePlayer::probeMovesPlayTheirPoint()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QWidget window;
    ExplorerState state;
    state.setActivation(ActivationCatalog::create(QStringLiteral("relu")));
    QVERIFY(state.setView({ -2.0, 2.0 }, { -1.0, 2.0 }));
    RecordingPlayer player(&state, &window);
    // Audio off: a move plays nothing.
    state.setProbeX(0.5);
    QTest::qWait(2 * AudioTracePlayer::probeToneDelay);
    QVERIFY(player.sounds.empty());
    player.audioTrace()->trigger();
    player.soundFinished();
    state.setProbeX(x);
    QTRY_COMPARE(player.sounds.size(), std::size_t(2));
    const std::vector<float> &tone = player.sounds.back();
    const int frames = int(tone.size() / 2);
    QCOMPARE(frames,
             int(std::lround(AudioTrace::probeToneDuration * AudioTrace::defaultSampleRate)));
    RELU_FUZZY_COMPARE(measuredFrequency(tone, frames / 4, frames - frames / 4),
                       200.0 * std::pow(8.0, (y + 1.0) / 3.0), 0.0, 0.01);
    const double left = channelRms(tone, 0, frames / 4, frames - frames / 4);
    const double right = channelRms(tone, 1, frames / 4, frames - frames / 4);
    RELU_FUZZY_COMPARE(left / std::hypot(left, right), std::cos(0.5 * pi * (x + 2.0) / 4.0), 0.01,
                       0.0);
    // A drag's many moves play one tone, for where it stopped.
    for (int i = 1; i <= 10; ++i)
        state.setProbeX(x * (1.0 - 0.01 * i));
    QTest::qWait(4 * AudioTracePlayer::probeToneDelay);
    QCOMPARE(player.sounds.size(), std::size_t(3));
}

void TestAudioTracePlayer::stoppedByTheKeyAgainOrEscape()
{
    QWidget window;
    ExplorerState state;
    RecordingPlayer player(&state, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!player.stop()->isEnabled());
    QTest::keyClick(&window, Qt::Key_A);
    QVERIFY(player.isSweeping());
    QVERIFY(player.stop()->isEnabled());
    const int stopsBefore = player.stops;
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!player.isAudioOn());
    QVERIFY(!player.isSweeping());
    QVERIFY(player.stops > stopsBefore);
    QVERIFY(!player.stop()->isEnabled());
    QTest::keyClick(&window, Qt::Key_A);
    QVERIFY(player.isSweeping());
    QTest::keyClick(&window, Qt::Key_A);
    QVERIFY(!player.isAudioOn());
    // Off, a move of the probe is silent.
    const std::size_t played = player.sounds.size();
    state.setProbeX(1.0);
    QTest::qWait(2 * AudioTracePlayer::probeToneDelay);
    QCOMPARE(player.sounds.size(), played);
}

QTEST_MAIN(TestAudioTracePlayer)
#include "tst_audiotraceplayer.moc"
