// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * What a path names, found without blocking: a FIFO or a device is never opened for reading
 * (a FIFO blocks until someone writes), never renamed and never replaced. Lessons and settings
 * are read only from regular files (a lesson also from /dev/stdin, which the user asked for).
 */
class FileKind
{
    Q_DECLARE_TR_FUNCTIONS(FileKind)

public:
    enum class Kind { Missing, Regular, Directory, Special, Unusable };

    struct Probe
    {
        Kind kind = Kind::Missing;
        /** What is wrong, as a clause for a person ("it is a FIFO (named pipe), not a file"). */
        QString what;
    };

    /** Follows symbolic links (a loop is Unusable, a dangling link Missing); never opens it. */
    static Probe probe(const QString &path);

    /**
     * The bytes of a regular file, at most `limit` + 1 of them: opened without blocking and
     * checked again on the open descriptor (fstat), so a file swapped for a FIFO in between is
     * refused too. Nothing, and `why`, for anything else. `/dev/stdin` is read as it is.
     */
    static std::optional<QByteArray> readRegular(const QString &path, qint64 limit, QString *why);
};
