// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "audiotrace.h"
#include "expressionactivation.h"
#include "fuzzy.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

Q_DECLARE_METATYPE(Interval)
Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr double pi = 3.14159265358979323846;
constexpr int rate = AudioTrace::defaultSampleRate;
const Interval lessonX { -2.0, 2.0 };
const Interval lessonY { -1.0, 2.0 };

std::shared_ptr<const Activation> function(const QString &spec)
{
    if (auto builtIn = ActivationCatalog::create(spec))
        return builtIn;
    return ExpressionActivation::parse(spec).activation;
}

/** The pitch the issue asks for, written out here: 200 Hz at the view's bottom, ×8 at its top. */
double expectedFrequency(double y, Interval yRange)
{
    const double u = std::clamp((y - yRange.lower) / (yRange.upper - yRange.lower), 0.0, 1.0);
    return 200.0 * std::pow(8.0, u);
}

/** The frame at which a sweep of `frames` frames across `xRange` plays x. */
int frameOf(double x, Interval xRange, int frames)
{
    return int(std::lround((x - xRange.lower) / (xRange.upper - xRange.lower) * (frames - 1)));
}

int frameCount(const std::vector<float> &samples)
{
    return int(samples.size() / 2);
}

/** Left plus right at frame i. */
double mono(const std::vector<float> &samples, int i)
{
    return double(samples[2 * std::size_t(i)]) + double(samples[2 * std::size_t(i) + 1]);
}

/**
 * The frequency of the tone in the frames [first, last), from its upward zero crossings, each
 * placed between its two samples by linear interpolation: (crossings − 1) periods between the
 * first and the last. NaN with fewer than three crossings.
 */
double measuredFrequency(const std::vector<float> &samples, int first, int last)
{
    std::vector<double> crossings;
    for (int i = std::max(first, 1); i < std::min(last, frameCount(samples)); ++i) {
        const double before = mono(samples, i - 1);
        const double now = mono(samples, i);
        if (before < 0.0 && now >= 0.0)
            crossings.push_back(double(i - 1) + before / (before - now));
    }
    if (crossings.size() < 3)
        return std::numeric_limits<double>::quiet_NaN();
    return double(crossings.size() - 1) * rate / (crossings.back() - crossings.front());
}

/** The frequency over 30 ms centred on x. */
double frequencyAt(const std::vector<float> &samples, double x, Interval xRange)
{
    const int centre = frameOf(x, xRange, frameCount(samples));
    const int half = int(0.015 * rate);
    return measuredFrequency(samples, centre - half, centre + half);
}

/** The mean of left² + right² over frames [first, last). */
double energy(const std::vector<float> &samples, int first, int last)
{
    double sum = 0.0;
    for (int i = first; i < last; ++i)
        sum += double(samples[2 * std::size_t(i)]) * samples[2 * std::size_t(i)]
            + double(samples[2 * std::size_t(i) + 1]) * samples[2 * std::size_t(i) + 1];
    return sum / (last - first);
}

double channelRms(const std::vector<float> &samples, int channel, int first, int last)
{
    double sum = 0.0;
    for (int i = first; i < last; ++i)
        sum += double(samples[2 * std::size_t(i) + channel])
            * samples[2 * std::size_t(i) + channel];
    return std::sqrt(sum / (last - first));
}

/**
 * How much of the signal around frame i is not a tone below 1600 Hz: the energy of its second
 * difference over its own. A sine at 1600 Hz keeps (2 sin(π·1600/44100))⁴ < 0.003 of its energy;
 * white noise 6 times its own.
 */
double roughness(const std::vector<float> &samples, int centre)
{
    const int half = int(0.01 * rate);
    double rough = 0.0;
    double plain = 0.0;
    for (int i = centre - half; i < centre + half; ++i) {
        const double second = mono(samples, i + 1) - 2.0 * mono(samples, i) + mono(samples, i - 1);
        rough += second * second;
        plain += mono(samples, i) * mono(samples, i);
    }
    return plain > 0.0 ? rough / plain : 0.0;
}

} // namespace

/** The audio trace: its pitch, clicks, noise, stereo and silence, measured in rendered buffers. */
class TestAudioTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pitchMap_data();
    void pitchMap();
    void pitchFollowsY_data();
    void pitchFollowsY();
    void clickAtEveryKink_data();
    void clickAtEveryKink();
    void noiseOnlyBelowZero_data();
    void noiseOnlyBelowZero();
    void stereoFollowsX_data();
    void stereoFollowsX();
    void derivativeToneJumpsAtTheKink_data();
    void derivativeToneJumpsAtTheKink();
    void silentWhereUndefined();
    void probeTone_data();
    void probeTone();
};

void TestAudioTrace::pitchMap_data()
{
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("bottom of the view") << -1.0 << 200.0;
    QTest::newRow("top of the view") << 2.0 << 1600.0;
    QTest::newRow("y = 0, a third up: one octave") << 0.0 << 400.0;
    QTest::newRow("y = 1, two thirds up: two octaves") << 1.0 << 800.0;
    QTest::newRow("middle") << 0.5 << 200.0 * std::sqrt(8.0);
    QTest::newRow("tiny above the kink's value") << 1e-12 << expectedFrequency(1e-12, lessonY);
    QTest::newRow("below the view: the bottom") << -50.0 << 200.0;
    QTest::newRow("far above the view: the top") << 1e300 << 1600.0;
    QTest::newRow("undefined: no pitch") << nan << nan;
    QTest::newRow("infinite: no pitch") << inf << nan;
}

void TestAudioTrace::pitchMap()
{
    QFETCH(double, y);
    QFETCH(double, expected);
    RELU_FUZZY_COMPARE(PitchMap(lessonY).frequency(y), expected, 1e-9, 1e-12);
}

void TestAudioTrace::pitchFollowsY_data()
{
    QTest::addColumn<double>("x");
    // y = max(0, x), computed here; the expected pitch from the formula above.
    for (double x : { -1.5, -0.5, 0.25, 0.5, 1.0, 1.5, 1.9 }) {
        const double y = std::max(0.0, x);
        QTest::addRow("relu at x = %g (y = %g, %.1f Hz)", x, y, expectedFrequency(y, lessonY)) << x;
    }
}

void TestAudioTrace::pitchFollowsY()
{
    QFETCH(double, x);
    const AudioTrace trace(function(QStringLiteral("relu")), lessonX, lessonY);
    const std::vector<float> samples = trace.sweep();
    QCOMPARE(frameCount(samples), int(std::lround(AudioTrace::defaultDuration * rate)));
    const double y = std::max(0.0, x);
    RELU_FUZZY_COMPARE(frequencyAt(samples, x, lessonX), expectedFrequency(y, lessonY), 0.0, 0.01);
}

void TestAudioTrace::clickAtEveryKink_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Interval>("xRange");
    QTest::addColumn<Interval>("yRange");
    QTest::addColumn<std::vector<double>>("kinks");
    QTest::newRow("relu over [-2, 2]: one, at 0")
        << QStringLiteral("relu") << lessonX << lessonY << std::vector<double> { 0.0 };
    QTest::newRow("relu6 over [-1, 7]: at 0 and 6")
        << QStringLiteral("relu6") << Interval { -1.0, 7.0 } << Interval { -1.0, 7.0 }
        << std::vector<double> { 0.0, 6.0 };
    QTest::newRow("hardtanh over [-2, 2]: at -1 and 1")
        << QStringLiteral("hardtanh") << lessonX << lessonY << std::vector<double> { -1.0, 1.0 };
    QTest::newRow("relu over [1, 3]: none in view")
        << QStringLiteral("relu") << Interval { 1.0, 3.0 } << lessonY << std::vector<double> {};
    QTest::newRow("sigmoid: none")
        << QStringLiteral("sigmoid") << lessonX << lessonY << std::vector<double> {};
}

void TestAudioTrace::clickAtEveryKink()
{
    QFETCH(QString, spec);
    QFETCH(Interval, xRange);
    QFETCH(Interval, yRange);
    QFETCH(std::vector<double>, kinks);
    const std::vector<float> samples = AudioTrace(function(spec), xRange, yRange).sweep();
    const int frames = frameCount(samples);
    const int window = int(0.005 * rate);
    std::vector<double> energies;
    for (int first = 0; first + window <= frames; first += window)
        energies.push_back(energy(samples, first, first + window));
    std::vector<double> sorted = energies;
    std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() / 2), sorted.end());
    const double median = sorted[sorted.size() / 2];
    QVERIFY(median > 0.01);
    std::vector<int> kinkFrames;
    for (double kink : kinks) {
        kinkFrames.push_back(frameOf(kink, xRange, frames));
        const double atKink = energy(samples, kinkFrames.back(), kinkFrames.back() + window);
        QVERIFY2(
            atKink > 1.5 * median,
            qPrintable(
                QStringLiteral("at the kink %1: %2, median %3").arg(kink).arg(atKink).arg(median)));
    }
    // Anywhere else, away from the ends (each fades) and 25 ms from a kink: the tone alone.
    const int margin = int(0.025 * rate);
    for (std::size_t w = 0; w < energies.size(); ++w) {
        const int first = int(w) * window;
        if (first < margin || first + window > frames - margin)
            continue;
        const bool nearKink = std::any_of(kinkFrames.begin(), kinkFrames.end(), [&](int kink) {
            return first + window > kink - margin && first < kink + margin;
        });
        if (!nearKink)
            QVERIFY2(energies[w] < 1.2 * median && energies[w] > 0.8 * median,
                     qPrintable(QStringLiteral("at x = %1: %2, median %3")
                                    .arg(xRange.lower + xRange.width() * first / (frames - 1))
                                    .arg(energies[w])
                                    .arg(median)));
    }
}

void TestAudioTrace::noiseOnlyBelowZero_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("x");
    QTest::addColumn<bool>("noisy");
    // y computed here: x − 1 and max(0, x).
    for (double x : { -1.5, -0.5, 0.5, 1.5, 1.9 })
        QTest::addRow("x - 1 at x = %g (y = %g)", x, x - 1.0)
            << QStringLiteral("x - 1") << x << (x - 1.0 < 0.0);
    for (double x : { -1.5, -0.5, 1.5 })
        QTest::addRow("relu at x = %g (y = %g)", x, std::max(0.0, x))
            << QStringLiteral("relu") << x << false;
}

void TestAudioTrace::noiseOnlyBelowZero()
{
    QFETCH(QString, spec);
    QFETCH(double, x);
    QFETCH(bool, noisy);
    const std::vector<float> samples = AudioTrace(function(spec), lessonX, lessonY).sweep();
    const double rough = roughness(samples, frameOf(x, lessonX, frameCount(samples)));
    if (noisy)
        QVERIFY2(rough > 0.05, qPrintable(QString::number(rough)));
    else
        QVERIFY2(rough < 0.01, qPrintable(QString::number(rough)));
}

void TestAudioTrace::stereoFollowsX_data()
{
    QTest::addColumn<double>("x");
    for (double x : { -1.9, -1.0, -0.2, 0.5, 1.0, 1.9 })
        QTest::addRow("relu at x = %g", x) << x;
}

void TestAudioTrace::stereoFollowsX()
{
    QFETCH(double, x);
    const std::vector<float> samples
        = AudioTrace(function(QStringLiteral("relu")), lessonX, lessonY).sweep();
    const int centre = frameOf(x, lessonX, frameCount(samples));
    const int half = int(0.01 * rate);
    const double left = channelRms(samples, 0, centre - half, centre + half);
    const double right = channelRms(samples, 1, centre - half, centre + half);
    // Equal power: left : right = cos θ : sin θ, θ a quarter turn across the view.
    const double theta = 0.5 * pi * (x - lessonX.lower) / lessonX.width();
    QVERIFY(left + right > 0.1);
    RELU_FUZZY_COMPARE(left / std::hypot(left, right), std::cos(theta), 0.01, 0.0);
    if (x < lessonX.center())
        QVERIFY(left > right);
    else
        QVERIFY(right > left);
}

void TestAudioTrace::derivativeToneJumpsAtTheKink_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("slope");
    // relu′ is 0 left of the kink and 1 right of it; leaky_relu′ 0.01 and 1.
    for (double x : { -1.5, -0.5, -0.05 })
        QTest::addRow("relu′ at x = %g", x) << QStringLiteral("relu") << x << 0.0;
    for (double x : { 0.05, 0.5, 1.5 })
        QTest::addRow("relu′ at x = %g", x) << QStringLiteral("relu") << x << 1.0;
    // abs′ jumps from −1 to 1 (and f ≥ 0, so no noise blurs the crossings); softplus′ = σ.
    QTest::newRow("abs′ at x = -0.5") << QStringLiteral("abs") << -0.5 << -1.0;
    QTest::newRow("abs′ at x = 0.5") << QStringLiteral("abs") << 0.5 << 1.0;
    QTest::newRow("softplus′ at x = 1")
        << QStringLiteral("softplus") << 1.0 << 1.0 / (1.0 + std::exp(-1.0));
    QTest::newRow("x + 3, f′ = 1 everywhere") << QStringLiteral("x + 3") << -1.5 << 1.0;
}

void TestAudioTrace::derivativeToneJumpsAtTheKink()
{
    QFETCH(QString, spec);
    QFETCH(double, x);
    QFETCH(double, slope);
    AudioTrace trace(function(spec), lessonX, lessonY);
    trace.setFunctionTone(false);
    trace.setDerivativeTone(true);
    const std::vector<float> samples = trace.sweep();
    RELU_FUZZY_COMPARE(frequencyAt(samples, x, lessonX), expectedFrequency(slope, lessonY), 0.0,
                       0.01);
    // Without the second tone, a trace of nothing but f′ is silence (or noise where f < 0).
    trace.setDerivativeTone(false);
    const std::vector<float> none = trace.sweep();
    const int centre = frameOf(x, lessonX, frameCount(none));
    QVERIFY(channelRms(none, 0, centre - 400, centre + 400) < 0.05);
}

void TestAudioTrace::silentWhereUndefined()
{
    // √x is undefined left of 0: silence there, for f and for f′; its tone right of 0.
    AudioTrace trace(function(QStringLiteral("sqrt(x)")), lessonX, lessonY);
    trace.setDerivativeTone(true);
    const std::vector<float> samples = trace.sweep();
    const int frames = frameCount(samples);
    for (int i = frameOf(-1.95, lessonX, frames); i < frameOf(-0.05, lessonX, frames); ++i) {
        QVERIFY2(std::isfinite(samples[2 * std::size_t(i)]), qPrintable(QString::number(i)));
        QVERIFY2(
            std::abs(samples[2 * std::size_t(i)]) < 1e-6
                && std::abs(samples[2 * std::size_t(i) + 1]) < 1e-6,
            qPrintable(QStringLiteral("frame %1: %2").arg(i).arg(samples[2 * std::size_t(i)])));
    }
    const int one = frameOf(1.0, lessonX, frames);
    QVERIFY(channelRms(samples, 1, one - 400, one + 400) > 0.1);
    trace.setDerivativeTone(false);
    RELU_FUZZY_COMPARE(frequencyAt(trace.sweep(), 1.0, lessonX), expectedFrequency(1.0, lessonY),
                       0.0, 0.01);
}

void TestAudioTrace::probeTone_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<bool>("click");
    QTest::newRow("relu at 1") << QStringLiteral("relu") << 1.0 << 1.0 << false;
    QTest::newRow("relu at -1.5") << QStringLiteral("relu") << -1.5 << 0.0 << false;
    QTest::newRow("relu at the kink") << QStringLiteral("relu") << 0.0 << 0.0 << true;
    QTest::newRow("relu at a tiny offset") << QStringLiteral("relu") << 1e-9 << 1e-9 << false;
    QTest::newRow("sqrt(x) at -1: silent")
        << QStringLiteral("sqrt(x)") << -1.0 << std::numeric_limits<double>::quiet_NaN() << false;
}

void TestAudioTrace::probeTone()
{
    QFETCH(QString, spec);
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(bool, click);
    const AudioTrace trace(function(spec), lessonX, lessonY);
    const std::vector<float> samples = trace.probeTone(x);
    const int frames = frameCount(samples);
    QCOMPARE(frames, int(std::lround(AudioTrace::probeToneDuration * rate)));
    if (std::isnan(y)) {
        QCOMPARE(*std::max_element(samples.begin(), samples.end()), 0.0F);
        QCOMPARE(*std::min_element(samples.begin(), samples.end()), 0.0F);
        return;
    }
    const int quarter = frames / 4;
    RELU_FUZZY_COMPARE(measuredFrequency(samples, quarter, frames - quarter),
                       expectedFrequency(y, lessonY), 0.0, 0.01);
    const double theta = 0.5 * pi * (x - lessonX.lower) / lessonX.width();
    const double left = channelRms(samples, 0, quarter, frames - quarter);
    const double right = channelRms(samples, 1, quarter, frames - quarter);
    RELU_FUZZY_COMPARE(left / std::hypot(left, right), std::cos(theta), 0.01, 0.0);
    // A click from 5 ms on (after the fade-in) where x is a kink: its energy far above the
    // tone's after it.
    const double start = energy(samples, int(0.005 * rate), int(0.012 * rate));
    const double steady = energy(samples, quarter, frames - quarter);
    if (click)
        QVERIFY2(start > 1.4 * steady, qPrintable(QStringLiteral("%1, %2").arg(start).arg(steady)));
    else
        QVERIFY2(start < 1.1 * steady, qPrintable(QStringLiteral("%1, %2").arg(start).arg(steady)));
}

QTEST_GUILESS_MAIN(TestAudioTrace)
#include "tst_audiotrace.moc"
