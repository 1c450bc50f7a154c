// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "audiotraceplayer.h"

#include "audiotrace.h"
#include "explorerstate.h"
#include "numberformat.h"

#include <QAction>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QMenu>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdint>

AudioTracePlayer::AudioTracePlayer(ExplorerState *state, QWidget *window)
    : QObject(window)
    , m_state(state)
    , m_window(window)
{
    m_audioTrace = make(
        tr("Audio Tra&ce"), QKeySequence(Qt::Key_A),
        tr("Hear the function: x sweeps the view from left to right in %1 seconds, the pitch is "
           "y (%2 Hz at the bottom of the view, %3 Hz at its top), a click sounds at each kink "
           "or jump and noise below y = 0; then each move of the probe plays its point. Audio "
           "Trace again turns the audio off")
            .arg(NumberFormat::compact(AudioTrace::defaultDuration),
                 NumberFormat::compact(PitchMap::lowestFrequency),
                 NumberFormat::compact(PitchMap::highestFrequency)));
    m_audioTrace->setCheckable(true);
    connect(m_audioTrace, &QAction::toggled, this, &AudioTracePlayer::turnOn);
    m_derivativeTone = make(tr("A&udio Trace of f′ Too"), QKeySequence(Qt::SHIFT | Qt::Key_A),
                            tr("A second, reedier tone plays f′ on the same pitch scale, so "
                               "ReLU's jump from 0 to 1 at the kink is heard"));
    m_derivativeTone->setCheckable(true);
    connect(m_derivativeTone, &QAction::toggled, this, [this](bool on) {
        Q_EMIT message(on ? tr("The audio trace plays f′ too, as a second, reedier tone")
                          : tr("The audio trace plays f alone"));
    });
    m_stop = make(tr("Stop t&he Audio Trace"), QKeySequence(Qt::Key_Escape),
                  tr("Stop the audio trace and turn the audio off"));
    m_stop->setEnabled(false);
    connect(m_stop, &QAction::triggered, this, [this] { m_audioTrace->setChecked(false); });

    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(probeToneDelay);
    connect(&m_probeTimer, &QTimer::timeout, this, &AudioTracePlayer::playProbe);
    connect(m_state, &ExplorerState::probeChanged, this, [this] {
        if (isAudioOn())
            m_probeTimer.start();
    });
}

AudioTracePlayer::~AudioTracePlayer()
{
    // Not the virtual one: a test's override is gone by now.
    AudioTracePlayer::stopSound();
}

QAction *AudioTracePlayer::make(const QString &text, const QKeySequence &shortcut,
                                const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

bool AudioTracePlayer::isAudioOn() const
{
    return m_audioTrace->isChecked();
}

void AudioTracePlayer::setOutputDevice(const QAudioDevice &device)
{
    m_deviceChosen = true;
    m_device = device;
}

void AudioTracePlayer::fillMenu(QMenu *menu) const
{
    menu->addActions({ m_audioTrace, m_derivativeTone, m_stop });
}

void AudioTracePlayer::turnOn(bool on)
{
    m_probeTimer.stop();
    if (!on) {
        stopSound();
        setSweeping(false);
        Q_EMIT message(tr("Audio off"));
        return;
    }
    const int rate = openOutput();
    AudioTrace trace(m_state->sharedActivation(), m_state->xRange(), m_state->yRange(),
                     m_state->convention());
    trace.setSampleRate(rate);
    trace.setDerivativeTone(m_derivativeTone->isChecked());
    if (rate == 0 || trace.sampleRate() != rate || !startSound(trace.sweep(), rate)) {
        const QSignalBlocker blocker(m_audioTrace);
        m_audioTrace->setChecked(false);
        Q_EMIT message(m_problem);
        return;
    }
    setSweeping(true);
    const Interval x = m_state->xRange();
    const Interval y = m_state->yRange();
    Q_EMIT message(tr("Audio trace: x from %1 to %2, left to right; the pitch is y, %3 Hz at y = "
                      "%4, %5 Hz at y = %6; a click at each kink or jump, noise below y = 0. "
                      "View ▸ Audio Trace again turns the audio off")
                       .arg(NumberFormat::compact(x.lower), NumberFormat::compact(x.upper),
                            NumberFormat::compact(PitchMap::lowestFrequency),
                            NumberFormat::compact(y.lower),
                            NumberFormat::compact(PitchMap::highestFrequency),
                            NumberFormat::compact(y.upper)));
}

void AudioTracePlayer::playProbe()
{
    if (!isAudioOn())
        return;
    const int rate = openOutput();
    AudioTrace trace(m_state->sharedActivation(), m_state->xRange(), m_state->yRange(),
                     m_state->convention());
    trace.setSampleRate(rate);
    trace.setDerivativeTone(m_derivativeTone->isChecked());
    // The probe's tone cuts the sweep short: the student asked for the point.
    setSweeping(false);
    if (rate == 0 || trace.sampleRate() != rate
        || !startSound(trace.probeTone(m_state->probeX()), rate)) {
        m_audioTrace->setChecked(false);
        Q_EMIT message(m_problem);
    }
}

void AudioTracePlayer::setSweeping(bool sweeping)
{
    if (sweeping == m_sweeping)
        return;
    m_sweeping = sweeping;
    // Esc stops the sweep unless the window's Esc already means something else now (leaving
    // presentation, stopping the halving of h): two enabled actions on one key would be
    // ambiguous, and neither would run. A stops it all the same.
    bool escapeTaken = false;
    for (QAction *action : m_window->actions()) {
        if (action != m_stop && action->isEnabled()
            && action->shortcuts().contains(QKeySequence(Qt::Key_Escape)))
            escapeTaken = true;
    }
    m_stop->setEnabled(sweeping && !escapeTaken);
    Q_EMIT sweepingChanged(sweeping);
}

void AudioTracePlayer::soundFinished()
{
    if (!m_sweeping)
        return;
    setSweeping(false);
    Q_EMIT message(tr("Audio trace played: each move of the probe now plays its point; View ▸ "
                      "Audio Trace turns the audio off"));
}

int AudioTracePlayer::openOutput()
{
    const QAudioDevice device = m_deviceChosen ? m_device : QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_problem = tr("No sound output found: the audio trace cannot play here");
        return 0;
    }
    QAudioFormat format;
    format.setChannelCount(2);
    format.setSampleFormat(QAudioFormat::Int16);
    for (int rate :
         { AudioTrace::defaultSampleRate, 48000, device.preferredFormat().sampleRate() }) {
        format.setSampleRate(rate);
        if (device.isFormatSupported(format)) {
            m_outputDevice = device;
            m_format = format;
            return rate;
        }
    }
    m_problem = tr("The sound output “%1” plays no 16-bit stereo: the audio trace cannot play")
                    .arg(device.description());
    return 0;
}

bool AudioTracePlayer::startSound(const std::vector<float> &samples, int sampleRate)
{
    stopSound();
    if (m_outputDevice.isNull() || m_format.sampleRate() != sampleRate) {
        m_problem = tr("No sound output found: the audio trace cannot play here");
        return false;
    }
    QByteArray pcm(qsizetype(samples.size() * sizeof(std::int16_t)), Qt::Uninitialized);
    auto *out = reinterpret_cast<std::int16_t *>(pcm.data());
    for (std::size_t i = 0; i < samples.size(); ++i)
        out[i] = std::int16_t(std::lround(std::clamp(samples[i], -1.0F, 1.0F) * 32767.0F));
    m_buffer = new QBuffer(this);
    m_buffer->setData(pcm);
    m_buffer->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(m_outputDevice, m_format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        // Idle: the buffer has run out.
        if (state == QAudio::IdleState)
            soundFinished();
    });
    m_sink->start(m_buffer);
    if (m_sink->error() != QAudio::NoError) {
        m_problem = tr("The sound output “%1” did not start: the audio trace cannot play")
                        .arg(m_outputDevice.description());
        stopSound();
        return false;
    }
    return true;
}

void AudioTracePlayer::stopSound()
{
    if (m_sink) {
        disconnect(m_sink, nullptr, this, nullptr);
        m_sink->stop();
        // Later: this may run inside the sink's own signal.
        m_sink->deleteLater();
        m_sink = nullptr;
    }
    if (m_buffer) {
        m_buffer->deleteLater();
        m_buffer = nullptr;
    }
}
