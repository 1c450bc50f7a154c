// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "audiotrace.h"

#include "activation.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

namespace {

constexpr double pi = 3.14159265358979323846;

/** A voice's loudness, moving towards its target within AudioTrace::fadeTime. */
class Fader
{
public:
    explicit Fader(double rate)
        : m_step(1.0 - std::exp(-1.0 / (rate * AudioTrace::fadeTime)))
    { }
    double next(bool on)
    {
        m_gain += ((on ? 1.0 : 0.0) - m_gain) * m_step;
        return m_gain;
    }

private:
    double m_step;
    double m_gain = 0.0;
};

/** xorshift32: the same noise at every render, so a trace is reproducible. */
class Noise
{
public:
    double next()
    {
        m_state ^= m_state << 13U;
        m_state ^= m_state >> 17U;
        m_state ^= m_state << 5U;
        return double(m_state) / double(std::numeric_limits<std::uint32_t>::max()) * 2.0 - 1.0;
    }

private:
    std::uint32_t m_state = 0x2545f491U;
};

} // namespace

double PitchMap::frequency(double y) const
{
    if (!std::isfinite(y))
        return std::numeric_limits<double>::quiet_NaN();
    const double u = std::clamp((y - m_yRange.lower) / m_yRange.width(), 0.0, 1.0);
    return lowestFrequency * std::pow(highestFrequency / lowestFrequency, u);
}

StereoPan StereoPan::at(double x, Interval xRange)
{
    const double u
        = std::isfinite(x) ? std::clamp((x - xRange.lower) / xRange.width(), 0.0, 1.0) : 0.5;
    const double theta = 0.5 * pi * u;
    return { std::cos(theta), std::sin(theta) };
}

AudioTrace::AudioTrace(std::shared_ptr<const Activation> function, Interval xRange, Interval yRange,
                       DerivativeConvention convention)
    : m_function(std::move(function))
    , m_xRange(xRange)
    , m_yRange(yRange)
    , m_convention(convention)
{ }

void AudioTrace::setSampleRate(int rate)
{
    if (rate >= 8000 && rate <= 192000)
        m_sampleRate = rate;
}

void AudioTrace::setDuration(double seconds)
{
    if (seconds >= 0.1 && seconds <= 60.0)
        m_duration = seconds;
}

int AudioTrace::frameCount() const
{
    return int(std::lround(m_duration * m_sampleRate));
}

double AudioTrace::xAtFrame(int frame) const
{
    return m_xRange.lower + m_xRange.width() * double(frame) / double(frameCount() - 1);
}

double AudioTrace::timeOf(double x) const
{
    return (x - m_xRange.lower) / m_xRange.width() * double(frameCount() - 1) / m_sampleRate;
}

std::vector<float> AudioTrace::sweep() const
{
    std::vector<double> clicks;
    if (m_function && m_xRange.isProperFinite()) {
        for (const Breakpoint &breakpoint : m_function->breakpointsIn(m_xRange))
            clicks.push_back(timeOf(breakpoint.x) * m_sampleRate);
    }
    return render(frameCount(), m_xRange.lower, m_xRange.upper, clicks);
}

std::vector<float> AudioTrace::probeTone(double x) const
{
    std::vector<double> clicks;
    // After the render's own fade-in, which would swallow it.
    if (m_function && m_function->breakpointAt(x))
        clicks.push_back(0.005 * m_sampleRate);
    return render(int(std::lround(probeToneDuration * m_sampleRate)), x, x, clicks);
}

std::vector<float> AudioTrace::render(int frames, double x0, double x1,
                                      const std::vector<double> &clickFrames) const
{
    std::vector<float> samples(2 * std::size_t(std::max(frames, 0)), 0.0F);
    if (!m_function || frames < 2 || !m_xRange.isProperFinite() || !m_yRange.isProperFinite())
        return samples;
    const PitchMap pitch(m_yRange);
    const double rate = m_sampleRate;
    Fader toneFader(rate);
    Fader derivativeFader(rate);
    Fader noiseFader(rate);
    Noise noise;
    double tonePhase = 0.0; // in cycles
    double derivativePhase = 0.0;
    double toneFrequency = std::numeric_limits<double>::quiet_NaN();
    double derivativeFrequency = std::numeric_limits<double>::quiet_NaN();
    bool below = false;
    StereoPan pan;
    // The whole render fades in and out, so that it starts and ends without a click of its own.
    const double edgeFade = 0.005 * rate;
    const int clickFramesLong = int(clickDuration * rate);
    for (int i = 0; i < frames; ++i) {
        if (i % controlFrames == 0) {
            const double x = x0 + (x1 - x0) * double(i) / double(frames - 1);
            const double y = m_function->value(x);
            toneFrequency = pitch.frequency(y);
            derivativeFrequency = pitch.frequency(m_function->derivative(x, m_convention));
            below = y < 0.0;
            pan = StereoPan::at(x, m_xRange);
        }
        double mono = 0.0;
        const bool toneOn = m_functionTone && !std::isnan(toneFrequency);
        const double toneGain = toneFader.next(toneOn);
        if (toneOn)
            tonePhase = std::fmod(tonePhase + toneFrequency / rate, 1.0);
        mono += toneLevel * toneGain * std::sin(2.0 * pi * tonePhase);
        const bool derivativeOn = m_derivativeTone && !std::isnan(derivativeFrequency);
        const double derivativeGain = derivativeFader.next(derivativeOn);
        if (derivativeOn)
            derivativePhase = std::fmod(derivativePhase + derivativeFrequency / rate, 1.0);
        // A triangle wave: the same pitch as a sine, but a reedier sound, told apart from f's.
        const double triangle = 1.0 - 4.0 * std::abs(derivativePhase - 0.5);
        mono += derivativeToneLevel * derivativeGain * triangle;
        mono += noiseLevel * noiseFader.next(below) * noise.next();
        for (double click : clickFrames) {
            const double since = double(i) - click;
            if (since >= 0.0 && since < clickFramesLong) {
                const double t = since / rate;
                mono += clickLevel * std::exp(-t / clickDecay)
                    * std::sin(2.0 * pi * clickFrequency * t);
            }
        }
        const double envelope
            = std::min({ 1.0, (double(i) + 1.0) / edgeFade, double(frames - i) / edgeFade });
        mono *= envelope;
        samples[2 * std::size_t(i)] = float(mono * pan.left);
        samples[2 * std::size_t(i) + 1] = float(mono * pan.right);
    }
    return samples;
}
