// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSlider>

#include <functional>

/**
 * A slider whose integer positions stand for a number of the lesson: h (on a signed log scale)
 * or a parameter (multiples of its step). Assistive technology gets that number, not the
 * position: its accessible value interface reports number(), and its range
 * minimumNumber()..maximumNumber() of the numbers; setting the accessible value moves the slider to
 * the nearest position.
 */
class ValueSlider : public QSlider
{
    Q_OBJECT

public:
    /** The number's range, and how a number maps to a position. */
    ValueSlider(double minimum, double maximum, std::function<int(double)> toPosition,
                QWidget *parent = nullptr);

    /** Creates ValueSlider's accessible interfaces; each slider calls it; it installs once. */
    static void installAccessibility();

    // getters:
    /** The number shown: exactly what the state holds, not the position's rounding. */
    double number() const { return m_value; }
    double minimumNumber() const { return m_minimum; }
    double maximumNumber() const { return m_maximum; }
    /** number() as a reader reads it ("0.5", "−0,25" in German). */
    QString numberText() const;

    // setters:
    /** Shows `value` (the position follows, without valueChanged) and tells assistive tech. */
    void showNumber(double value);
    /** Moves to the position nearest `value`, as a user would (valueChanged follows). */
    void requestNumber(double value);

private:
    double m_value = 0.0;
    double m_minimum;
    double m_maximum;
    std::function<int(double)> m_toPosition;
};
