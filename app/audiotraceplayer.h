// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

class ExplorerState;
class QAction;
class QAudioSink;
class QBuffer;
class QMenu;
class QWidget;

/**
 * View ▸ Audio Trace: the function as sound, for a student who cannot see the plot (issue 17).
 * A (checkable) turns the audio on and plays the sweep of AudioTrace (core/audiotrace.h) across
 * the view: pitch for y, stereo for x, a click at each breakpoint, noise below y = 0. While the
 * audio is on, each move of the probe plays its point's short tone; A again turns it off, and
 * Esc stops the sweep and turns it off. Shift+A adds f′'s tone to both.
 *
 * The samples come from AudioTrace; this class only plays them, through Qt Multimedia's
 * QAudioSink on the system's default output (or setOutputDevice()). Where there is none, or it
 * takes no 16-bit stereo, the action says so in one line (message()) and stays off.
 * openOutput(), startSound() and stopSound() are virtual so that a test can hear what would be
 * played without a sound card.
 */
class AudioTracePlayer : public QObject
{
    Q_OBJECT

public:
    /** Milliseconds a probe move waits for the next before its tone plays (a drag plays one). */
    static constexpr int probeToneDelay = 40;

    AudioTracePlayer(ExplorerState *state, QWidget *window);
    ~AudioTracePlayer() override;

    // getters:
    /** A: audio on (checkable); plays the sweep, then the probe's moves. */
    QAction *audioTrace() const { return m_audioTrace; }
    /** Shift+A: a second tone for f′ (checkable). */
    QAction *derivativeTone() const { return m_derivativeTone; }
    /** Esc while the sweep plays: stops it and turns the audio off. */
    QAction *stop() const { return m_stop; }
    bool isAudioOn() const;
    bool isSweeping() const { return m_sweeping; }

    // setters:
    /** Plays on `device` instead of the system's default output; a null device is no output. */
    void setOutputDevice(const QAudioDevice &device);

    /** Audio Trace, its f′ tone and Stop, for the View menu. */
    void fillMenu(QMenu *menu) const;

Q_SIGNALS:
    /** One line for the status bar: what plays, or why nothing can. */
    void message(const QString &text);
    void sweepingChanged(bool sweeping);

protected:
    /**
     * Finds the output and a format it takes: the sample rate to render at, or 0 with
     * outputProblem() saying why there is no sound.
     */
    virtual int openOutput();
    /** Plays interleaved stereo samples at `sampleRate`, replacing what plays; false on failure,
     * with outputProblem() saying why. */
    virtual bool startSound(const std::vector<float> &samples, int sampleRate);
    virtual void stopSound();
    /** What the last openOutput() or startSound() could not do, in one line. */
    QString outputProblem() const { return m_problem; }
    void setOutputProblem(const QString &problem) { m_problem = problem; }
    /** The sound has played to its end. */
    void soundFinished();

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &tip);
    void turnOn(bool on);
    void playProbe();
    void setSweeping(bool sweeping);

    ExplorerState *m_state;
    QWidget *m_window;
    QAction *m_audioTrace;
    QAction *m_derivativeTone;
    QAction *m_stop;
    QTimer m_probeTimer;
    bool m_sweeping = false;
    bool m_deviceChosen = false;
    QAudioDevice m_device; ///< setOutputDevice's, when m_deviceChosen
    QAudioDevice m_outputDevice; ///< what openOutput() found
    QAudioFormat m_format;
    QAudioSink *m_sink = nullptr;
    QBuffer *m_buffer = nullptr;
    QString m_problem;
};
