// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * Replaces a file's contents all at once, or not at all.
 *
 * The bytes go to a temporary file next to @p path, which is renamed over it only once everything
 * is on disk (QSaveFile). A failure (a full disk, a file size limit, no permission) leaves the
 * previous file exactly as it was and no temporary file behind.
 */
class SafeWrite
{
    Q_DECLARE_TR_FUNCTIONS(SafeWrite)

public:
    /** Writes @p bytes to @p path. Returns empty on success, or why it failed, for a person. */
    static QString replace(const QString &path, const QByteArray &bytes);
};
