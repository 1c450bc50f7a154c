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

    /**
     * The expression's parameters: [{"name": "a", "value": 0.5, "range": [-5, 5]}, ...]; a
     * parameter without "range" has the default one.
     */
    void parameters(const char *name, ExpressionParameters &target)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isUndefined() || !error.isEmpty())
            return;
        const QString wanted
            = LessonFile::tr(
                  "'%1' must be a list of objects such as {\"name\": \"a\", \"value\": 0.5, "
                  "\"range\": [-5, 5]}")
                  .arg(QLatin1String(name));
        if (!value.isArray()) {
            error = wanted;
            return;
        }
        ExpressionParameters read;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject object = item.toObject();
            const QJsonValue range = object.value(QLatin1String("range"));
            const QJsonArray ends = range.toArray();
            if (!item.isObject() || !object.value(QLatin1String("name")).isString()
                || !object.value(QLatin1String("value")).isDouble()
                || (!range.isUndefined()
                    && (ends.size() != 2 || !ends[0].isDouble() || !ends[1].isDouble()))) {
                error = wanted;
                return;
            }
            ExpressionParameter parameter;
            parameter.name = object.value(QLatin1String("name")).toString();
            parameter.value = object.value(QLatin1String("value")).toDouble();
            if (!range.isUndefined()) {
                parameter.minimum = ends[0].toDouble();
                parameter.maximum = ends[1].toDouble();
            }
            read << parameter;
        }
        target = read;
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

/**
 * Reads each field of sessionFields() from a lesson, strictly, the first problem winning; an
 * absent field keeps its default (lessons saved before a field existed lack it).
 */
class LessonReader
{
public:
    explicit LessonReader(const QJsonObject &root)
        : m_fields(root)
    { }

    QString error() const
    {
        if (!m_fields.error.isEmpty())
            return m_fields.error;
        if (!m_samplesError.isEmpty())
            return LessonFile::tr("in 'samples': %1").arg(m_samplesError);
        return m_choiceError;
    }

    void field(const char *name, QString &value) { m_fields.text(name, value); }
    void field(const char *name, bool &value) { m_fields.flag(name, value); }
    void field(const char *name, double &value) { m_fields.number(name, value); }
    void field(const char *name, QStringList &value) { m_fields.texts(name, value); }
    void field(const char *name, ExpressionParameters &value) { m_fields.parameters(name, value); }
    void field(const char *name, DerivativeConvention &value)
    {
        choice(name, value, ConventionNames::key, ConventionNames::fromKey, [](const QString &k) {
            return LessonFile::tr("unknown convention '%1'; use one of %2")
                .arg(k, ConventionNames::keyList());
        });
    }
    void field(const char *name, SecantMode &value)
    {
        choice(name, value, DifferenceQuotient::key, DifferenceQuotient::fromKey,
               [](const QString &k) {
                   return LessonFile::tr("unknown secant '%1'; use off, forward, central or both")
                       .arg(k);
               });
    }
    void field(const char *name, QuotientAxis::Scale &value)
    {
        choice(name, value, QuotientAxis::key, QuotientAxis::fromKey, [](const QString &k) {
            return LessonFile::tr("unknown quotientScale '%1'; use linear or log").arg(k);
        });
    }
    void field(const char *name, Interval &value)
    {
        if (!m_viewRead) {
            m_view = m_fields.object("view");
            m_viewRead = true;
        }
        m_fields.range(m_view, name, value);
    }
    void field(const char *name, SampleGrid &value)
    {
        Fields samples(m_fields.object(name));
        samples.number("from", value.from);
        samples.number("to", value.to);
        samples.number("step", value.step);
        m_samplesError = samples.error;
    }

private:
    /** An enum written as its key; an unknown key is an error, reported after the fields. */
    template<typename Enum, typename KeyOf, typename FromKey, typename Unknown>
    void choice(const char *name, Enum &value, KeyOf keyOf, FromKey fromKey, Unknown unknown)
    {
        QString key = keyOf(value);
        m_fields.text(name, key);
        if (const std::optional<Enum> known = fromKey(key))
            value = *known;
        else if (m_choiceError.isEmpty())
            m_choiceError = unknown(key);
    }

    Fields m_fields;
    QJsonObject m_view;
    bool m_viewRead = false;
    QString m_samplesError;
    QString m_choiceError;
};

/** Writes each field as LessonReader reads it back. */
class LessonWriter
{
public:
    explicit LessonWriter(QJsonObject &root)
        : m_root(root)
    { }

    void field(const char *name, const QString &value) { m_root[QLatin1String(name)] = value; }
    void field(const char *name, bool value) { m_root[QLatin1String(name)] = value; }
    void field(const char *name, double value) { m_root[QLatin1String(name)] = value; }
    void field(const char *name, const QStringList &value)
    {
        m_root[QLatin1String(name)] = QJsonArray::fromStringList(value);
    }
    void field(const char *name, const ExpressionParameters &value)
    {
        if (value.isEmpty())
            return; // as lessons without parameters were written
        QJsonArray list;
        for (const ExpressionParameter &p : value)
            list.append(QJsonObject { { QLatin1String("name"), p.name },
                                      { QLatin1String("value"), p.value },
                                      { QLatin1String("range"), pair(p.minimum, p.maximum) } });
        m_root[QLatin1String(name)] = list;
    }
    void field(const char *name, DerivativeConvention value)
    {
        m_root[QLatin1String(name)] = ConventionNames::key(value);
    }
    void field(const char *name, SecantMode value)
    {
        m_root[QLatin1String(name)] = DifferenceQuotient::key(value);
    }
    void field(const char *name, QuotientAxis::Scale value)
    {
        m_root[QLatin1String(name)] = QuotientAxis::key(value);
    }
    void field(const char *name, const Interval &value)
    {
        QJsonObject view = m_root.value(QLatin1String("view")).toObject();
        view[QLatin1String(name)] = pair(value.lower, value.upper);
        m_root[QLatin1String("view")] = view;
    }
    void field(const char *name, const SampleGrid &value)
    {
        m_root[QLatin1String(name)] = QJsonObject { { QLatin1String("from"), value.from },
                                                    { QLatin1String("to"), value.to },
                                                    { QLatin1String("step"), value.step } };
    }

private:
    QJsonObject &m_root;
};

} // namespace

QByteArray LessonFile::toJson(const SessionSnapshot &s)
{
    QJsonObject root;
    root[QLatin1String("format")] = formatName();
    root[QLatin1String("version")] = version;
    LessonWriter write(root);
    forEachSessionField([&](const char *name, auto member) { write.field(name, s.*member); });
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
    LessonReader read(root);
    forEachSessionField([&](const char *name, auto member) { read.field(name, s.*member); });
    if (const QString problem = read.error(); !problem.isEmpty())
        return fail(problem);
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
