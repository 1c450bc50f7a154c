// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "derivativeconvention.h"
#include "interval.h"

#include <memory>
#include <vector>

class Activation;

/**
 * How the audio trace turns a value into a pitch: the view's y range maps onto three octaves,
 * on a logarithmic scale, so that equal steps of y are equal musical intervals:
 *
 *     frequency(y) = 200 Hz · 8^u,   u = (y − lower) / (upper − lower), clamped to [0, 1]
 *
 * The bottom of the view sounds at 200 Hz, its top at 1600 Hz, its middle at 565.7 Hz. A y
 * beyond the view sounds at the nearer end. A y that is not a number, or infinite (f undefined
 * there), has no pitch: NaN, and the trace is silent.
 */
class PitchMap
{
public:
    static constexpr double lowestFrequency = 200.0;
    static constexpr double highestFrequency = 1600.0;

    explicit PitchMap(Interval yRange)
        : m_yRange(yRange)
    { }

    // getters:
    Interval yRange() const { return m_yRange; }
    /** The frequency in Hz for y; NaN where y is not finite. */
    double frequency(double y) const;

private:
    Interval m_yRange;
};

/**
 * Where x sounds between the speakers: the view's left edge hard left, its right edge hard
 * right, at equal power (left = cos θ, right = sin θ, θ = π/2 · (x − lower) / (upper − lower),
 * clamped), so a tone is as loud in the middle as at the sides.
 */
struct StereoPan
{
    double left = 1.0;
    double right = 0.0;

    static StereoPan at(double x, Interval xRange);
};

/**
 * The audio trace of a function, as Desmos plays one: a sweep of x across the view from left to
 * right in `duration` seconds, rendered into a buffer, with no sound card needed (the app's
 * AudioTracePlayer plays it through Qt Multimedia; the tests measure it).
 *
 * - A sine tone whose pitch is f(x) through the PitchMap of the view's y range.
 * - Stereo: the StereoPan of x across the view's x range.
 * - A click (a 2 kHz tick decaying in a few milliseconds) at the moment the sweep passes each
 *   breakpoint in view (Activation::breakpointsIn: kinks, jumps, ...).
 * - Soft white noise mixed in wherever f(x) < 0.
 * - Optionally a second tone for f′(x) (the given convention at a kink), a triangle wave on the
 *   same PitchMap, quieter, so that ReLU's derivative is heard to jump from 0 to 1 at the kink.
 * - Where f(x) (or f′(x), for its tone) is undefined: silence.
 *
 * f and f′ are evaluated once every controlFrames frames; tones change pitch with a continuous
 * phase, and each voice fades in and out over a couple of milliseconds where it starts or stops,
 * so that only the clicks click.
 *
 * Samples are interleaved stereo (left, right, left, ...), floats in [−1, 1].
 */
class AudioTrace
{
public:
    static constexpr int defaultSampleRate = 44100;
    static constexpr double defaultDuration = 4.0; ///< seconds for the sweep across the view
    static constexpr double probeToneDuration = 0.18; ///< seconds for the probe's short tone
    static constexpr int controlFrames = 8;
    // The levels of the voices, as peak amplitudes (their sum stays below 1).
    static constexpr double toneLevel = 0.25;
    static constexpr double derivativeToneLevel = 0.18;
    static constexpr double noiseLevel = 0.05;
    static constexpr double clickLevel = 0.45;
    static constexpr double clickFrequency = 2000.0;
    static constexpr double clickDecay = 0.003; ///< seconds for the click to fall by 1/e
    static constexpr double clickDuration = 0.015;
    static constexpr double fadeTime = 0.002; ///< seconds for a voice to fade in or out

    AudioTrace(std::shared_ptr<const Activation> function, Interval xRange, Interval yRange,
               DerivativeConvention convention = DerivativeConvention::PyTorch);

    // getters:
    int sampleRate() const { return m_sampleRate; }
    double duration() const { return m_duration; }
    bool hasFunctionTone() const { return m_functionTone; }
    bool hasDerivativeTone() const { return m_derivativeTone; }
    PitchMap pitchMap() const { return PitchMap(m_yRange); }
    Interval xRange() const { return m_xRange; }
    /** Frames (a sample per channel) in the sweep. */
    int frameCount() const;
    /** The x the sweep plays at frame i: from the view's left edge at 0 to its right at the end. */
    double xAtFrame(int frame) const;
    /** The time in seconds at which the sweep reaches x. */
    double timeOf(double x) const;

    // setters:
    /** Ignored unless between 8000 and 192000. */
    void setSampleRate(int rate);
    /** Ignored unless between 0.1 and 60 seconds. */
    void setDuration(double seconds);
    /** f's own tone (on by default); off, a trace of f′ alone can be heard, and measured. */
    void setFunctionTone(bool on) { m_functionTone = on; }
    /** The second tone, for f′ (off by default). */
    void setDerivativeTone(bool on) { m_derivativeTone = on; }

    /** The sweep across the view: frameCount() frames, interleaved stereo. */
    std::vector<float> sweep() const;
    /**
     * The probe's short tone at x: f(x)'s pitch (and f′'s with the derivative tone), x's pan,
     * noise where f(x) < 0, a click first where x is a breakpoint; silent where f is undefined.
     */
    std::vector<float> probeTone(double x) const;

private:
    /** Renders `frames` frames, x from `x0` to `x1` (equal for a steady tone), clicks at `clicks`
     * (in frames). */
    std::vector<float> render(int frames, double x0, double x1,
                              const std::vector<double> &clickFrames) const;

    std::shared_ptr<const Activation> m_function;
    Interval m_xRange;
    Interval m_yRange;
    DerivativeConvention m_convention;
    int m_sampleRate = defaultSampleRate;
    double m_duration = defaultDuration;
    bool m_functionTone = true;
    bool m_derivativeTone = false;
};
