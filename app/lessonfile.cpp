// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lessonfile.h"

#include "failure.h"
#include "filekind.h"
#include "numberformat.h"
#include "oneline.h"
#include "safewrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

QJsonArray pair(double a, double b)
{
    return QJsonArray { a, b };
}

/** Reads the fields of a lesson object, each strictly, the first problem winning. */
class Fields
{
public:
    explicit Fields(const QJsonObject &object)
        : m_object(object)
    { }

    QString error;

    void number(const char *name, double &target)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || !error.isEmpty())
            return;
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            error = LessonFile::tr("'%1' must be a number").arg(QLatin1String(name));
        else
            target = value.toDouble();
    }

    void flag(const char *name, bool &target)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || !error.isEmpty())
            return;
        if (!value.isBool())
            error = LessonFile::tr("'%1' must be true or false").arg(QLatin1String(name));
        else
            target = value.toBool();
    }

    void text(const char *name, QString &target)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || !error.isEmpty())
            return;
        if (!value.isString())
            error = LessonFile::tr("'%1' must be text").arg(QLatin1String(name));
        else
            target = value.toString();
    }

    void texts(const char *name, QStringList &target)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || !error.isEmpty())
            return;
        const QJsonArray array = value.toArray();
        if (!value.isArray() || std::any_of(array.begin(), array.end(), [](const QJsonValue &v) {
                return !v.isString();
            })) {
            error
                = LessonFile::tr("'%1' must be a list of function names").arg(QLatin1String(name));
            return;
        }
        target.clear();
        for (const QJsonValue &item : array)
            target << item.toString();
    }

    void range(const QJsonObject &view, const char *name, Interval &target)
    {
        const QJsonValue value = view.value(QLatin1String(name));
        if (value.isUndefined() || !error.isEmpty())
            return;
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != 2 || !array[0].isDouble() || !array[1].isDouble())
            error = LessonFile::tr("'view.%1' must be two numbers, [from, to]")
                        .arg(QLatin1String(name));
        else
            target = { array[0].toDouble(), array[1].toDouble() };
    }

    QJsonObject object(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || !error.isEmpty())
            return {};
        if (!value.isObject())
            error = LessonFile::tr("'%1' must be an object").arg(QLatin1String(name));
        return value.toObject();
    }

private:
    QJsonObject m_object;
};

} // namespace

QByteArray LessonFile::toJson(const SessionSnapshot &s)
{
    QJsonObject root;
    root[QLatin1String("format")] = formatName();
    root[QLatin1String("version")] = version;
    root[QLatin1String("function")] = s.function;
    root[QLatin1String("expression")] = s.expression;
    root[QLatin1String("useExpression")] = s.useExpression;
    root[QLatin1String("compare")] = QJsonArray::fromStringList(s.comparisons);
    root[QLatin1String("convention")] = ConventionNames::key(s.convention);
    root[QLatin1String("probe")] = s.probeX;
    root[QLatin1String("secant")] = DifferenceQuotient::key(s.secantMode);
    root[QLatin1String("h")] = s.secantH;
    root[QLatin1String("view")]
        = QJsonObject { { QLatin1String("x"), pair(s.xRange.lower, s.xRange.upper) },
                        { QLatin1String("y"), pair(s.yRange.lower, s.yRange.upper) } };
    root[QLatin1String("equalScales")] = s.equalScales;
    root[QLatin1String("derivativePanel")] = s.derivativePanel;
    root[QLatin1String("quotientPanel")] = s.quotientPanel;
    root[QLatin1String("quotientScale")] = QuotientAxis::key(s.quotientScale);
    root[QLatin1String("samplePoints")] = s.samplePoints;
    root[QLatin1String("valuesTable")] = s.valuesTable;
    root[QLatin1String("samples")] = QJsonObject { { QLatin1String("from"), s.samples.from },
                                                   { QLatin1String("to"), s.samples.to },
                                                   { QLatin1String("step"), s.samples.step } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<SessionSnapshot> LessonFile::fromJson(const QByteArray &json, QString *error)
{
    const Failure fail(error);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not a lesson file: %1 at byte %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("not a lesson file: it holds no JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatName())
        return fail(tr("not a lesson file: \"format\" is not \"%1\"").arg(formatName()));
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    if (!versionValue.isDouble() || versionValue.toDouble() != std::floor(versionValue.toDouble()))
        return fail(tr("the lesson file has no whole-number \"version\""));
    // Compared as the number it is: 1e20 does not fit an int, and read as one it was "0".
    const double fileVersion = versionValue.toDouble();
    if (fileVersion > version)
        return fail(tr("this lesson was saved by a newer ReLU Explorer (lesson format %1); this "
                       "version reads format %2 and older")
                        .arg(NumberFormat::roundTrip(fileVersion))
                        .arg(version));
    if (fileVersion < 1)
        return fail(tr("the lesson file's version %1 is not valid")
                        .arg(NumberFormat::roundTrip(fileVersion)));

    SessionSnapshot s;
    Fields fields(root);
    fields.text("function", s.function);
    fields.text("expression", s.expression);
    fields.flag("useExpression", s.useExpression);
    fields.texts("compare", s.comparisons);
    QString convention = ConventionNames::key(s.convention);
    fields.text("convention", convention);
    fields.number("probe", s.probeX);
    QString secant = DifferenceQuotient::key(s.secantMode);
    fields.text("secant", secant);
    fields.number("h", s.secantH);
    const QJsonObject view = fields.object("view");
    fields.range(view, "x", s.xRange);
    fields.range(view, "y", s.yRange);
    fields.flag("equalScales", s.equalScales); // absent from lessons saved before it was: off
    fields.flag("derivativePanel", s.derivativePanel);
    fields.flag("quotientPanel", s.quotientPanel); // absent from lessons saved before it was
    QString quotientScale = QuotientAxis::key(s.quotientScale);
    fields.text("quotientScale", quotientScale);
    fields.flag("samplePoints", s.samplePoints);
    fields.flag("valuesTable", s.valuesTable); // absent from lessons saved before it was: hidden
    Fields samples(fields.object("samples"));
    samples.number("from", s.samples.from);
    samples.number("to", s.samples.to);
    samples.number("step", s.samples.step);
    if (!fields.error.isEmpty())
        return fail(fields.error);
    if (!samples.error.isEmpty())
        return fail(tr("in 'samples': %1").arg(samples.error));

    const auto knownConvention = ConventionNames::fromKey(convention);
    if (!knownConvention)
        return fail(tr("unknown convention '%1'; use one of %2")
                        .arg(convention, ConventionNames::keyList()));
    s.convention = *knownConvention;
    const auto knownSecant = DifferenceQuotient::fromKey(secant);
    if (!knownSecant)
        return fail(tr("unknown secant '%1'; use off, forward, central or both").arg(secant));
    s.secantMode = *knownSecant;
    const auto knownScale = QuotientAxis::fromKey(quotientScale);
    if (!knownScale)
        return fail(tr("unknown quotientScale '%1'; use linear or log").arg(quotientScale));
    s.quotientScale = *knownScale;
    const QList<SessionProblem> problems = s.problems();
    if (!problems.isEmpty())
        return fail(problems.constFirst().message);
    return s;
}

std::optional<SessionSnapshot> LessonFile::read(const QString &path, QString *error)
{
    const Failure fail(error);
    // Never opened unless it is a regular file: a FIFO would block the window until someone
    // writes to it. /dev/stdin is read as asked.
    if (path != QLatin1String("/dev/stdin")) {
        const FileKind::Probe kind = FileKind::probe(path);
        if (kind.kind != FileKind::Kind::Regular)
            return fail(kind.what);
        const QFileInfo info(path);
        if (info.size() > maximumSize)
            return fail(tr("the file is %1 bytes; a lesson is at most %2")
                            .arg(info.size())
                            .arg(maximumSize));
    }
    QString why;
    const std::optional<QByteArray> content = FileKind::readRegular(path, maximumSize, &why);
    if (!content)
        return fail(why);
    if (content->size() > maximumSize)
        return fail(
            tr("the file is more than %1 bytes; a lesson is at most that").arg(maximumSize));
    return fromJson(*content, error);
}

std::optional<SessionSnapshot> LessonFile::load(const QString &path, QString *error)
{
    QString problem;
    auto snapshot = read(path, &problem);
    if (!snapshot && error)
        *error = OneLine::of(
            tr("cannot open lesson '%1': %2").arg(QDir::toNativeSeparators(path), problem));
    return snapshot;
}

QString LessonFile::save(const QString &path, const SessionSnapshot &snapshot)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        return tr("the lesson path is empty");
    if (info.isDir())
        return tr("cannot save lesson to '%1': it is a directory").arg(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return tr("cannot save lesson to '%1': the directory '%2' does not exist")
            .arg(path, QDir::toNativeSeparators(info.absolutePath()));
    const QString reason = SafeWrite::replace(path, toJson(snapshot));
    if (!reason.isEmpty())
        return tr("cannot save lesson to '%1': %2").arg(path, reason);
    return {};
}
