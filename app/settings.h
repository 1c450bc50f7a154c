#pragma once

#include "sessionsnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

/** The colours of the plots: as the desktop is, or chosen. */
enum class Theme { System, Light, Dark };

/**
 * The one place that reads and writes the app's settings, with a typed getter and setter per
 * value; no other code knows a key. A missing, corrupted or hand-edited file never crashes it: a
 * value that is missing, of the wrong type or out of range gives its default, and the rest are
 * still used.
 */
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    /** The user's settings file, in the platform's place. */
    Settings();
    /** A settings file at `path` (INI format), for tests and for --settings. */
    explicit Settings(const QString &path);
    ~Settings();

    /** Where the values live. */
    QString fileName() const;

    // getters:
    /**
     * The saved session. Values that cannot be used fall back to their defaults; `problems`
     * (when given) names each.
     */
    SessionSnapshot session(QStringList *problems = nullptr) const;
    Theme theme() const;
    QByteArray windowGeometry() const;
    QByteArray windowState() const;

    // setters:
    void setSession(const SessionSnapshot &session);
    void setTheme(Theme theme);
    void setWindowGeometry(const QByteArray &geometry);
    void setWindowState(const QByteArray &state);

    /** Writes pending changes; false when the file cannot be written. */
    bool sync();

    static QString themeKey(Theme theme);
    static std::optional<Theme> themeFromKey(const QString &key);

private:
    std::unique_ptr<QSettings> m_settings;
};
