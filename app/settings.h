// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sessionsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;
class QTemporaryDir;

/** The colours of the plots: as the desktop is, or chosen. */
enum class Theme { System, Light, Dark, HighContrast };

/**
 * The one place that reads and writes the app's settings, with a typed getter and setter per
 * value; no other code knows a key. A missing, corrupted or hand-edited file never crashes it: a
 * value that is missing, of the wrong type or out of range gives its default, and the rest are
 * still used.
 *
 * A file that is not a settings file at all (binary, not UTF-8, or larger than maximumFileSize)
 * is never parsed: it is renamed to FILE.damaged, kept for whoever wants to look, and a fresh
 * file takes its place. fileProblem() names what is wrong with it. A FIFO, a device or a loop of
 * symbolic links is neither read (a FIFO would block) nor renamed or replaced: the session is
 * then kept in memory and lost at exit. `/dev/null` asks for exactly that, a clean slate that
 * remembers nothing, without a message.
 */
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    /** A settings file is text of a few kilobytes; past this it is damaged, or not ours. */
    static constexpr qint64 maximumFileSize = 1024 * 1024;

    /** The user's settings file, $XDG_CONFIG_HOME/ReLU Explorer/relu-explorer.conf. */
    Settings();
    /** A settings file at `path` (INI format), for tests and for --settings. */
    explicit Settings(const QString &path);
    ~Settings();

    /** Where the values live. */
    QString fileName() const;
    /** Where the user's settings live when no --settings is given. */
    static QString defaultPath();

    /**
     * Why the file at `path` cannot be a settings file (binary, not UTF-8, too large), for a
     * person; empty when it can, or when it does not exist. Reads at most maximumFileSize bytes.
     */
    static QString fileProblem(const QString &path);

    // getters:
    /**
     * The saved session. Values that cannot be used fall back to their defaults; `problems`
     * (when given) names each.
     */
    SessionSnapshot session(QStringList *problems = nullptr) const;
    Theme theme() const;
    /** Whether shortcuts of one character key (K, [, Shift+P) are on (WCAG 2.1.4); on at first. */
    bool singleKeyShortcuts() const;
    QByteArray windowGeometry() const;
    QByteArray windowState() const;

    // setters:
    void setSession(const SessionSnapshot &session);
    void setTheme(Theme theme);
    void setSingleKeyShortcuts(bool on);
    void setWindowGeometry(const QByteArray &geometry);
    void setWindowState(const QByteArray &state);

    /** Writes pending changes; false when the file cannot be written. */
    bool sync();

    static QString themeKey(Theme theme);
    static std::optional<Theme> themeFromKey(const QString &key);

private:
    std::unique_ptr<QSettings> m_settings;
    /** Where the session lives when the named file is not to be touched: kept in memory only. */
    std::unique_ptr<QTemporaryDir> m_scratch;
    QString m_path; ///< the file named, for messages
    /** What was done about a damaged file when this opened it; empty when nothing was. */
    QString m_setAside;
};
