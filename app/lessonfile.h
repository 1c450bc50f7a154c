// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sessionsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * A lesson prepared in advance: the same state as a session, in a small readable JSON file with
 * a format name and a version. Fields left out take their defaults, so a teacher can write
 * {"format": "relu-explorer-lesson", "version": 1, "function": "relu6", "probe": 6} by hand.
 * Anything present must be right: a wrong type, an unknown function or an unusable range
 * refuses the whole file with one clear line, and nothing changes.
 */
class LessonFile
{
    Q_DECLARE_TR_FUNCTIONS(LessonFile)

public:
    static constexpr int version = 1;
    static constexpr qint64 maximumSize = 1024 * 1024;
    static QString formatName() { return QStringLiteral("relu-explorer-lesson"); }

    static QByteArray toJson(const SessionSnapshot &snapshot);
    /** The snapshot in `json`, or nothing and `error`. */
    static std::optional<SessionSnapshot> fromJson(const QByteArray &json, QString *error);

    /** Reads `path`; a message naming the file on any problem. */
    static std::optional<SessionSnapshot> load(const QString &path, QString *error);
    /** Writes `path` whole or not at all; returns an empty string, or why it failed. */
    static QString save(const QString &path, const SessionSnapshot &snapshot);

private:
    /** load(), with a message that does not name the file. */
    static std::optional<SessionSnapshot> read(const QString &path, QString *error);
};
