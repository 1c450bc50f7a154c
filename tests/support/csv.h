// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

/** One line of CSV as Python's csv module writes it: fields with commas are double-quoted. */
inline QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted) {
            fields << field;
            field.clear();
        } else
            field += c;
    }
    fields << field;
    return fields;
}

/** A number as Python's repr(float) writes it, "nan", "inf" and "-inf" included; NaN if none. */
inline double csvNumber(const QString &text)
{
    if (text == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-inf"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

/** The rows of a CSV file after its header, which must be `header`; empty if it cannot be read. */
inline QVector<QStringList> readCsv(const QString &path, const QString &header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first() != header)
        return {};
    QVector<QStringList> rows;
    for (int i = 1; i < lines.size(); ++i)
        rows << splitCsv(lines[i]);
    return rows;
}
