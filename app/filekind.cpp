// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filekind.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString describe(mode_t mode)
{
    if (S_ISFIFO(mode))
        return FileKind::tr("it is a FIFO (named pipe), not a file");
    if (S_ISCHR(mode))
        return FileKind::tr("it is a character device, not a file");
    if (S_ISBLK(mode))
        return FileKind::tr("it is a block device, not a file");
    if (S_ISSOCK(mode))
        return FileKind::tr("it is a socket, not a file");
    return FileKind::tr("it is not a regular file");
}

FileKind::Probe fromStat(const struct stat &info)
{
    if (S_ISREG(info.st_mode))
        return { FileKind::Kind::Regular, {} };
    if (S_ISDIR(info.st_mode))
        return { FileKind::Kind::Directory, FileKind::tr("it is a directory") };
    return { FileKind::Kind::Special, describe(info.st_mode) };
}

FileKind::Probe fromErrno(int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return { FileKind::Kind::Missing, FileKind::tr("no such file") };
    if (error == ELOOP)
        return { FileKind::Kind::Unusable,
                 FileKind::tr("it is a loop of symbolic links (%1)")
                     .arg(QString::fromLocal8Bit(std::strerror(error))) };
    return { FileKind::Kind::Unusable, QString::fromLocal8Bit(std::strerror(error)) };
}

} // namespace

FileKind::Probe FileKind::probe(const QString &path)
{
    struct stat info
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return fromErrno(errno);
    return fromStat(info);
}

std::optional<QByteArray> FileKind::readRegular(const QString &path, qint64 limit, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<QByteArray> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (path == QLatin1String("/dev/stdin")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(in.errorString());
        return in.read(limit + 1);
    }
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const Probe p = fromErrno(errno);
        return fail(p.what);
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(QString::fromLocal8Bit(std::strerror(error)));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return fail(fromStat(info).what);
    }
    // A regular file: reads do not block; back to blocking for a plain read loop.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
    const QByteArray content = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return content;
}
