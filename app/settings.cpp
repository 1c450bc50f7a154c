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

// Every key, here and nowhere else.
namespace Key {
const QString function = QStringLiteral("session/function");
const QString expression = QStringLiteral("session/expression");
const QString useExpression = QStringLiteral("session/useExpression");
const QString compare = QStringLiteral("session/compare");
const QString convention = QStringLiteral("session/convention");
const QString probe = QStringLiteral("session/probe");
const QString secant = QStringLiteral("session/secant");
const QString secantH = QStringLiteral("session/h");
const QString xMin = QStringLiteral("session/xMin");
const QString xMax = QStringLiteral("session/xMax");
const QString yMin = QStringLiteral("session/yMin");
const QString yMax = QStringLiteral("session/yMax");
const QString equalScales = QStringLiteral("session/equalScales");
const QString derivativePanel = QStringLiteral("session/derivativePanel");
const QString quotientPanel = QStringLiteral("session/quotientPanel");
const QString quotientScale = QStringLiteral("session/quotientScale");
const QString samplePoints = QStringLiteral("session/samplePoints");
const QString valuesTable = QStringLiteral("session/valuesTable");
const QString samplesFrom = QStringLiteral("session/samplesFrom");
const QString samplesTo = QStringLiteral("session/samplesTo");
const QString samplesStep = QStringLiteral("session/samplesStep");
const QString theme = QStringLiteral("window/theme");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
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

    void note(const QString &key) const
    {
        if (m_problems)
            *m_problems << Settings::tr("%1: the saved value is not usable").arg(key);
    }

private:
    const QSettings &m_settings;
    QStringList *m_problems;
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
    const SessionSnapshot defaults;
    SessionSnapshot s;
    if (problems && !m_setAside.isEmpty())
        *problems << m_setAside;
    if (problems && m_settings->status() == QSettings::FormatError)
        *problems << tr("the settings file '%1' is damaged; what could not be read uses defaults")
                         .arg(QDir::toNativeSeparators(m_settings->fileName()));
    const Reader read(*m_settings, problems);
    s.function = read.text(Key::function, defaults.function);
    s.expression = read.text(Key::expression, defaults.expression);
    s.useExpression = read.flag(Key::useExpression, defaults.useExpression);
    s.comparisons = read.list(Key::compare);
    s.convention = read.choice(Key::convention, defaults.convention, ConventionNames::key,
                               ConventionNames::fromKey);
    s.probeX = read.number(Key::probe, defaults.probeX);
    s.secantMode = read.choice(Key::secant, defaults.secantMode, DifferenceQuotient::key,
                               DifferenceQuotient::fromKey);
    s.secantH = read.number(Key::secantH, defaults.secantH);
    s.xRange = { read.number(Key::xMin, defaults.xRange.lower),
                 read.number(Key::xMax, defaults.xRange.upper) };
    s.yRange = { read.number(Key::yMin, defaults.yRange.lower),
                 read.number(Key::yMax, defaults.yRange.upper) };
    s.equalScales = read.flag(Key::equalScales, defaults.equalScales);
    s.derivativePanel = read.flag(Key::derivativePanel, defaults.derivativePanel);
    s.quotientPanel = read.flag(Key::quotientPanel, defaults.quotientPanel);
    s.quotientScale = read.choice(Key::quotientScale, defaults.quotientScale, QuotientAxis::key,
                                  QuotientAxis::fromKey);
    s.samplePoints = read.flag(Key::samplePoints, defaults.samplePoints);
    s.valuesTable = read.flag(Key::valuesTable, defaults.valuesTable);
    s.samples = { read.number(Key::samplesFrom, defaults.samples.from),
                  read.number(Key::samplesTo, defaults.samples.to),
                  read.number(Key::samplesStep, defaults.samples.step) };

    // Values of the right type can still be out of range (a view 0 wide, h = 5): the snapshot's
    // own checks find them, and each falls back on its own.
    return s.sanitized(problems);
}

void Settings::setSession(const SessionSnapshot &s)
{
    auto number = [](double value) { return NumberFormat::roundTrip(value); };
    m_settings->setValue(Key::function, s.function);
    m_settings->setValue(Key::expression, s.expression);
    m_settings->setValue(Key::useExpression, s.useExpression);
    // QSettings would write an empty list as "@Invalid()".
    if (s.comparisons.isEmpty())
        m_settings->setValue(Key::compare, QString());
    else
        m_settings->setValue(Key::compare, s.comparisons);
    m_settings->setValue(Key::convention, ConventionNames::key(s.convention));
    m_settings->setValue(Key::probe, number(s.probeX));
    m_settings->setValue(Key::secant, DifferenceQuotient::key(s.secantMode));
    m_settings->setValue(Key::secantH, number(s.secantH));
    m_settings->setValue(Key::xMin, number(s.xRange.lower));
    m_settings->setValue(Key::xMax, number(s.xRange.upper));
    m_settings->setValue(Key::yMin, number(s.yRange.lower));
    m_settings->setValue(Key::yMax, number(s.yRange.upper));
    m_settings->setValue(Key::equalScales, s.equalScales);
    m_settings->setValue(Key::derivativePanel, s.derivativePanel);
    m_settings->setValue(Key::quotientPanel, s.quotientPanel);
    m_settings->setValue(Key::quotientScale, QuotientAxis::key(s.quotientScale));
    m_settings->setValue(Key::samplePoints, s.samplePoints);
    m_settings->setValue(Key::valuesTable, s.valuesTable);
    m_settings->setValue(Key::samplesFrom, number(s.samples.from));
    m_settings->setValue(Key::samplesTo, number(s.samples.to));
    m_settings->setValue(Key::samplesStep, number(s.samples.step));
}

QString Settings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> Settings::themeFromKey(const QString &key)
{
    for (Theme theme : { Theme::System, Theme::Light, Theme::Dark }) {
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
