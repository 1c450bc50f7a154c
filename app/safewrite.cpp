// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "safewrite.h"

#include "filekind.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace {

/**
 * Why a write failed. QFile often reports a failed write as "Unknown error"; errno, read right
 * after the failing call, still says what happened (ENOSPC, EFBIG, EDQUOT).
 */
QString writeFailure(const QSaveFile &file, int savedErrno)
{
    switch (savedErrno) {
    case ENOSPC:
    case EDQUOT: return SafeWrite::tr("the disk is full");
    case EFBIG: return SafeWrite::tr("the file would be larger than this system allows");
    case 0: return file.errorString();
    default: return QString::fromLocal8Bit(std::strerror(savedErrno));
    }
}

} // namespace

QString SafeWrite::replace(const QString &path, const QByteArray &bytes)
{
    // Renaming a new file over a FIFO or a device would destroy it (as root, /dev/null itself).
    if (const FileKind::Probe kind = FileKind::probe(path);
        kind.kind == FileKind::Kind::Special || kind.kind == FileKind::Kind::Unusable)
        return tr("%1, so it is left as it is").arg(kind.what);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int savedErrno = errno;
        const QString reason = writeFailure(file, savedErrno);
        file.cancelWriting();
        return reason;
    }
    errno = 0;
    if (!file.commit()) {
        // commit() closes (and so flushes) the temporary file before renaming it.
        const int savedErrno = errno;
        return writeFailure(file, savedErrno);
    }
    return {};
}
