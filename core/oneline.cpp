// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oneline.h"

#include <algorithm>

namespace {

bool isControl(QChar c)
{
    const char16_t code = c.unicode();
    return code < 0x20 || (code >= 0x7f && code < 0xa0) || code == 0x2028 || code == 0x2029;
}

/** How one character is written in a line: itself, or its escape. */
QString written(QChar c)
{
    if (!isControl(c))
        return QString(c);
    switch (c.unicode()) {
    case '\n': return QStringLiteral("\\n");
    case '\r': return QStringLiteral("\\r");
    case '\t': return QStringLiteral("\\t");
    default: break;
    }
    const char16_t code = c.unicode();
    return code < 0x100 ? QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0'))
                        : QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0'));
}

} // namespace

QString OneLine::of(const QString &message, int maximum)
{
    const qsizetype keep = std::max(maximum, 16);
    if (message.size() <= keep) {
        QString line;
        for (const QChar c : message)
            line += written(c);
        if (line.size() <= keep)
            return line;
    }
    // Too long: the beginning and the end, each cut between two characters (never inside an
    // escape or a surrogate pair), around " … ".
    const QString separator = QStringLiteral(" … ");
    const qsizetype half = (keep - separator.size()) / 2;
    QString head;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const QString piece = written(message.at(i));
        if (head.size() + piece.size() > half)
            break;
        head += piece;
    }
    if (!head.isEmpty() && head.back().isHighSurrogate())
        head.chop(1);
    QString tail;
    for (qsizetype i = message.size() - 1; i >= 0; --i) {
        const QString piece = written(message.at(i));
        if (tail.size() + piece.size() > half)
            break;
        tail.prepend(piece);
    }
    if (!tail.isEmpty() && tail.front().isLowSurrogate())
        tail.remove(0, 1);
    return head + separator + tail;
}
