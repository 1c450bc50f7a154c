// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings.h"

#include "filekind.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

// Every key, here and nowhere else (the session's come from sessionFields()).
namespace Key {
/** The session's keys: "session/" and the name sessionFields() gives the field. */
QString session(const char *name)
{
    return QStringLiteral("session/") + QLatin1String(name);
}
const QString theme = QStringLiteral("window/theme");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString singleKeyShortcuts = QStringLiteral("window/singleKeyShortcuts");
} // namespace Key

/** Reads values strictly: anything but the expected type gives the default and a note. */
class Reader
{
public:
    Reader(const QSettings &settings, QStringList *problems)
        : m_settings(settings)
        , m_problems(problems)
    { }

    double number(const QString &key, double fallback) const
    {
        if (!m_settings.contains(key))
            return fallback;
        bool ok = false;
        const double value = QLocale::c().toDouble(m_settings.value(key).toString().trimmed(), &ok);
        if (ok && std::isfinite(value))
            return value;
        note(key);
        return fallback;
    }

    bool flag(const QString &key, bool fallback) const
    {
        if (!m_settings.contains(key))
            return fallback;
        const QString text = m_settings.value(key).toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        note(key);
        return fallback;
    }

    QString text(const QString &key, const QString &fallback) const
    {
        if (!m_settings.contains(key))
            return fallback;
        const QVariant value = m_settings.value(key);
        if (value.canConvert<QString>() && value.typeId() != QMetaType::QStringList)
            return value.toString();
        note(key);
        return fallback;
    }

    /**
     * A value saved as its key, `keyOf(value)`, and read back with `fromKey`: an enum. Anything
     * else gives the default and a note.
     */
    template<typename Enum, typename KeyOf, typename FromKey>
    Enum choice(const QString &key, Enum fallback, KeyOf keyOf, FromKey fromKey) const
    {
        if (const std::optional<Enum> known = fromKey(text(key, keyOf(fallback))))
            return *known;
        note(key);
        return fallback;
    }

    QStringList list(const QString &key) const
    {
        if (!m_settings.contains(key))
            return {};
        const QVariant value = m_settings.value(key);
        // QSettings gives a one-element list as a plain string, and what it cannot read (an
        // unknown @Variant) as no value at all.
        if (value.typeId() != QMetaType::QStringList && value.typeId() != QMetaType::QString) {
            note(key);
            return {};
        }
        QStringList items = value.typeId() == QMetaType::QStringList
            ? value.toStringList()
            : QStringList { value.toString() };
        items.removeAll(QString());
        return items;
    }

    // One overload per type of field in sessionFields(): the value is replaced only by a usable
    // one, so a default stays where the file has nothing (or nothing usable).
    void field(const char *name, QString &value) const { value = text(Key::session(name), value); }
    void field(const char *name, bool &value) const { value = flag(Key::session(name), value); }
    void field(const char *name, double &value) const { value = number(Key::session(name), value); }
    void field(const char *name, QStringList &value) const
    {
        if (m_settings.contains(Key::session(name)))
            value = list(Key::session(name));
    }
    /** Each parameter as "name=value:minimum:maximum"; one unreadable item drops the list. */
    void field(const char *name, ExpressionParameters &value) const
    {
        const QString key = Key::session(name);
        if (!m_settings.contains(key))
            return;
        ExpressionParameters read;
        for (const QString &item : list(key)) {
            const qsizetype equals = item.indexOf(QLatin1Char('='));
            const QStringList numbers = item.mid(equals + 1).split(QLatin1Char(':'));
            bool ok = equals > 0 && numbers.size() == 3;
            ExpressionParameter parameter;
            parameter.name = item.left(equals).trimmed();
            double *targets[] = { &parameter.value, &parameter.minimum, &parameter.maximum };
            for (int i = 0; ok && i < 3; ++i)
                *targets[i] = NumberFormat::parse(numbers.at(i), &ok);
            if (!ok) {
                note(key);
                return;
            }
            read << parameter;
        }
        value = read;
    }
    void field(const char *name, DerivativeConvention &value) const
    {
        value = choice(Key::session(name), value, ConventionNames::key, ConventionNames::fromKey);
    }
    void field(const char *name, SecantMode &value) const
    {
        value = choice(Key::session(name), value, DifferenceQuotient::key,
                       DifferenceQuotient::fromKey);
    }
    void field(const char *name, QuotientAxis::Scale &value) const
    {
        value = choice(Key::session(name), value, QuotientAxis::key, QuotientAxis::fromKey);
    }
    void field(const char *name, Interval &value) const
    {
        const QString key = Key::session(name);
        value = { number(key + QLatin1String("Min"), value.lower),
                  number(key + QLatin1String("Max"), value.upper) };
    }
    void field(const char *name, SampleGrid &value) const
    {
        const QString key = Key::session(name);
        value = { number(key + QLatin1String("From"), value.from),
                  number(key + QLatin1String("To"), value.to),
                  number(key + QLatin1String("Step"), value.step) };
    }

    void note(const QString &key) const
    {
        if (m_problems)
            *m_problems << Settings::tr("%1: the saved value is not usable").arg(key);
    }

private:
    const QSettings &m_settings;
    QStringList *m_problems;
};

/** Writes each field as Reader reads it back: numbers so that every double returns exactly. */
class Writer
{
public:
    explicit Writer(QSettings &settings)
        : m_settings(settings)
    { }

    void field(const char *name, const QString &value) { set(name, value); }
    void field(const char *name, bool value) { set(name, value); }
    void field(const char *name, double value) { set(name, NumberFormat::roundTrip(value)); }
    void field(const char *name, const QStringList &value)
    {
        // QSettings would write an empty list as "@Invalid()".
        if (value.isEmpty())
            set(name, QString());
        else
            set(name, value);
    }
    void field(const char *name, const ExpressionParameters &value)
    {
        QStringList items;
        for (const ExpressionParameter &p : value)
            items << p.name + QLatin1Char('=') + NumberFormat::roundTrip(p.value) + QLatin1Char(':')
                    + NumberFormat::roundTrip(p.minimum) + QLatin1Char(':')
                    + NumberFormat::roundTrip(p.maximum);
        field(name, items);
    }
    void field(const char *name, DerivativeConvention value)
    {
        set(name, ConventionNames::key(value));
    }
    void field(const char *name, SecantMode value) { set(name, DifferenceQuotient::key(value)); }
    void field(const char *name, QuotientAxis::Scale value) { set(name, QuotientAxis::key(value)); }
    void field(const char *name, const Interval &value)
    {
        const QString key = Key::session(name);
        m_settings.setValue(key + QLatin1String("Min"), NumberFormat::roundTrip(value.lower));
        m_settings.setValue(key + QLatin1String("Max"), NumberFormat::roundTrip(value.upper));
    }
    void field(const char *name, const SampleGrid &value)
    {
        const QString key = Key::session(name);
        m_settings.setValue(key + QLatin1String("From"), NumberFormat::roundTrip(value.from));
        m_settings.setValue(key + QLatin1String("To"), NumberFormat::roundTrip(value.to));
        m_settings.setValue(key + QLatin1String("Step"), NumberFormat::roundTrip(value.step));
    }

private:
    void set(const char *name, const QVariant &value)
    {
        m_settings.setValue(Key::session(name), value);
    }

    QSettings &m_settings;
};

} // namespace

Settings::Settings()
    : Settings(defaultPath())
{ }

Settings::Settings(const QString &path)
    : m_path(path)
{
    // /dev/null asks for a clean slate that remembers nothing; a FIFO, a device or a link loop
    // is neither read (a FIFO would block) nor renamed or replaced (that would destroy it).
    const FileKind::Probe kind = FileKind::probe(path);
    const bool special
        = kind.kind == FileKind::Kind::Special || kind.kind == FileKind::Kind::Unusable;
    if (special) {
        if (QFileInfo(path).canonicalFilePath() != QLatin1String("/dev/null"))
            m_setAside = tr("the settings file '%1': %2, so it is neither read nor written; the "
                            "defaults are used")
                             .arg(QDir::toNativeSeparators(path), kind.what);
        m_scratch = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(
            m_scratch->filePath(QStringLiteral("session.conf")), QSettings::IniFormat);
        return;
    }
    // Set a damaged file aside before QSettings parses it (a huge one would take long) and later
    // overwrites it (it may hold something the user wants back).
    const QString problem = fileProblem(path);
    if (!problem.isEmpty()) {
        const QString aside = path + QLatin1String(".damaged");
        QFile::remove(aside);
        if (QFile::rename(path, aside))
            m_setAside
                = tr("the settings file '%1' %2, so it was moved to '%3' and the defaults are used")
                      .arg(QDir::toNativeSeparators(path), problem,
                           QDir::toNativeSeparators(aside));
        else
            m_setAside = tr("the settings file '%1' %2; the defaults are used")
                             .arg(QDir::toNativeSeparators(path), problem);
    }
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

QString Settings::defaultPath()
{
    // Where QSettings' native format puts it on Linux, named here so that it can be checked first.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1Char('/') + QCoreApplication::organizationName() + QLatin1Char('/')
        + QCoreApplication::applicationName() + QLatin1String(".conf");
}

QString Settings::fileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return {};
    // /dev/null is a clean slate, not a damaged file; other special files cannot be read.
    if (info.canonicalFilePath() == QLatin1String("/dev/null"))
        return {};
    if (const FileKind::Probe kind = FileKind::probe(path); kind.kind != FileKind::Kind::Regular)
        return tr("cannot be used: %1").arg(kind.what);
    if (info.size() > maximumFileSize)
        return tr("is %1 bytes, more than a settings file's %2")
            .arg(info.size())
            .arg(maximumFileSize);
    QString why;
    const std::optional<QByteArray> read = FileKind::readRegular(path, maximumFileSize, &why);
    if (!read)
        return tr("cannot be read (%1)").arg(why);
    const QByteArray &content = *read;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(content);
    if (content.contains('\0') || utf8.hasError())
        return tr("is not text");
    return {};
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_scratch ? m_path : m_settings->fileName();
}

SessionSnapshot Settings::session(QStringList *problems) const
{
    SessionSnapshot s;
    if (problems && !m_setAside.isEmpty())
        *problems << m_setAside;
    if (problems && m_settings->status() == QSettings::FormatError)
        *problems << tr("the settings file '%1' is damaged; what could not be read uses defaults")
                         .arg(QDir::toNativeSeparators(m_settings->fileName()));
    const Reader read(*m_settings, problems);
    forEachSessionField([&](const char *name, auto member) { read.field(name, s.*member); });

    // Values of the right type can still be out of range (a view 0 wide, h = 5): the snapshot's
    // own checks find them, and each falls back on its own.
    return s.sanitized(problems);
}

void Settings::setSession(const SessionSnapshot &s)
{
    Writer write(*m_settings);
    forEachSessionField([&](const char *name, auto member) { write.field(name, s.*member); });
}

QString Settings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::HighContrast: return QStringLiteral("high-contrast");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> Settings::themeFromKey(const QString &key)
{
    for (Theme theme : { Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast }) {
        if (key.compare(themeKey(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

Theme Settings::theme() const
{
    return Reader(*m_settings, nullptr).choice(Key::theme, Theme::System, themeKey, themeFromKey);
}

void Settings::setTheme(Theme theme)
{
    m_settings->setValue(Key::theme, themeKey(theme));
}

bool Settings::singleKeyShortcuts() const
{
    return Reader(*m_settings, nullptr).flag(Key::singleKeyShortcuts, true);
}

void Settings::setSingleKeyShortcuts(bool on)
{
    m_settings->setValue(Key::singleKeyShortcuts, on);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::geometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::state).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::state, state);
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}
