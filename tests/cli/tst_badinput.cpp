// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <grp.h>
#include <random>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/** One row of docs/bad-input.md's table. */
struct Case
{
    int number = 0;
    QString input;
    QString name;
    QString commandLine;
    QString setup;
    int exitCode = -1;
    QString expected;
    QStringList leaves;
};

const QByteArray previousContents = QByteArrayLiteral("previous contents\n");
constexpr uid_t nobody = 65534;

QString cell(const QString &text)
{
    QString t = text.trimmed();
    if (t.size() >= 2 && t.startsWith(QLatin1Char('`')) && t.endsWith(QLatin1Char('`')))
        t = t.mid(1, t.size() - 2);
    return t == QLatin1String("-") ? QString() : t;
}

/** The rows of the first Markdown table under `heading`, each split into its cells. */
QList<QStringList> tableUnder(const QString &markdown, const QString &heading)
{
    QList<QStringList> rows;
    const int start = markdown.indexOf(heading);
    if (start < 0)
        return rows;
    bool inTable = false;
    const QStringList lines = markdown.mid(start).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1Char('|'))) {
            if (inTable)
                break;
            continue;
        }
        inTable = true;
        QStringList cells = line.split(QStringLiteral(" | "));
        cells.first().remove(0, 1);
        cells.last().chop(cells.last().endsWith(QLatin1Char('|')) ? 1 : 0);
        rows << cells;
    }
    if (rows.size() >= 2)
        rows.remove(0, 2); // the header and its |---| line
    return rows;
}

/** Arguments split at spaces, a double-quoted argument kept whole (and possibly empty). */
QStringList splitArguments(const QString &commandLine)
{
    QStringList out;
    QString current;
    bool quoted = false, any = false;
    for (QChar c : commandLine) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (c == QLatin1Char(' ') && !quoted) {
            if (any)
                out << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        out << current;
    return out;
}

QByteArray randomBytes(int size, unsigned seed)
{
    std::mt19937 generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(generator() & 0xff);
    return bytes;
}

QByteArray lesson(const QByteArray &extra = {})
{
    return QByteArrayLiteral("{\"format\": \"relu-explorer-lesson\", \"version\": 1") + extra
        + QByteArrayLiteral("}\n");
}

/** Every fixture docs/bad-input.md names, by name. */
const QMap<QString, std::function<QByteArray()>> &fixtures()
{
    static const QMap<QString, std::function<QByteArray()>> all {
        { QStringLiteral("lesson.json"), []() -> QByteArray { return lesson(); } },
        { QStringLiteral("view-empty.json"),
          []() -> QByteArray { return lesson(", \"view\": {\"x\": [1, 1]}"); } },
        { QStringLiteral("view-reversed.json"),
          []() -> QByteArray { return lesson(", \"view\": {\"x\": [2, -2]}"); } },
        { QStringLiteral("view-narrow.json"),
          []() -> QByteArray { return lesson(", \"view\": {\"x\": [0, 1e-300]}"); } },
        { QStringLiteral("view-wide.json"),
          []() -> QByteArray { return lesson(", \"view\": {\"y\": [-5e299, 5e299]}"); } },
        { QStringLiteral("view-text.json"),
          []() -> QByteArray { return lesson(", \"view\": {\"x\": [\"a\", 1]}"); } },
        { QStringLiteral("expression-1mb.json"),
          []() -> QByteArray {
              return lesson(", \"useExpression\": true, \"expression\": \""
                            + QByteArray(1000000, 'x') + "\"");
          } },
        { QStringLiteral("expression-1mb.conf"),
          []() -> QByteArray {
              return "[session]\nuseExpression=true\nexpression=" + QByteArray(1000000, 'x') + "\n";
          } },
        { QStringLiteral("truncated.json"),
          []() -> QByteArray {
              const QByteArray whole = lesson(", \"function\": \"elu:alpha=0.5\", \"probe\": 1.5");
              return whole.left(whole.size() / 2);
          } },
        { QStringLiteral("binary.json"), []() -> QByteArray { return randomBytes(4096, 7); } },
        { QStringLiteral("wrong-type.json"),
          []() -> QByteArray { return lesson(", \"probe\": \"two\""); } },
        { QStringLiteral("huge.json"),
          []() -> QByteArray {
              QByteArray padded = lesson();
              padded.append(QByteArray(8 * 1024 * 1024 - padded.size(), ' '));
              return padded;
          } },
        { QStringLiteral("huge-version.json"),
          []() -> QByteArray {
              return QByteArrayLiteral(
                  "{\"format\": \"relu-explorer-lesson\", \"version\": 1e20}\n");
          } },
        { QStringLiteral("future.json"),
          []() -> QByteArray {
              return QByteArrayLiteral("{\"format\": \"relu-explorer-lesson\", \"version\": 99}\n");
          } },
        { QStringLiteral("other.json"),
          []() -> QByteArray { return QByteArrayLiteral("{\"name\": \"not a lesson\"}\n"); } },
        { QStringLiteral("bad-function.json"),
          []() -> QByteArray { return lesson(", \"function\": \"swish\""); } },
        { QStringLiteral("binary.conf"), []() -> QByteArray { return randomBytes(4096, 11); } },
        { QStringLiteral("huge.conf"),
          []() -> QByteArray { return QByteArray("a=b\n").repeated(2 * 1024 * 1024); } },
        { QStringLiteral("truncated.conf"),
          []() -> QByteArray {
              return QByteArrayLiteral("[session]\nprobe=1.5\nfunction=leaky_re");
          } },
        { QStringLiteral("unknown-variant.conf"),
          []() -> QByteArray {
              // A QVariant of a user type Qt does not know, in QSettings' own notation.
              return QByteArrayLiteral(
                  "[session]\ncompare=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x3\\x46oo)\n");
          } },
        { QStringLiteral("function-1mb.conf"),
          []() -> QByteArray { return "[session]\nfunction=" + QByteArray(1000000, 'x') + "\n"; } },
        { QStringLiteral("nul-function.json"),
          []() -> QByteArray { return lesson(", \"function\": \"re\\u0000lu\""); } },
        { QStringLiteral("compare-3000.json"),
          []() -> QByteArray {
              QByteArray list = "\"gelu\"";
              for (int i = 1; i < 3000; ++i)
                  list += ", \"gelu\"";
              return lesson(", \"compare\": [" + list + "]");
          } },
        { QStringLiteral("compare-21.json"),
          []() -> QByteArray {
              QByteArray list;
              for (int i = 1; i <= 21; ++i)
                  list += (i > 1 ? ", " : "") + QByteArray("\"elu:alpha=") + QByteArray::number(i)
                      + "\"";
              return lesson(", \"compare\": [" + list + "]");
          } },
        { QStringLiteral("two-x.json"),
          []() -> QByteArray {
              return lesson(", \"useExpression\": true, \"expression\": \"x x\"");
          } },
        { QStringLiteral("wrong-types.conf"),
          []() -> QByteArray {
              return QByteArrayLiteral("[session]\nprobe=abc\nderivativePanel=maybe\n");
          } },
    };
    return all;
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/** Every file under `root` with its contents, directories marked with a trailing '/'. */
QMap<QString, QByteArray> snapshotOf(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        const QFileInfo info = it.fileInfo();
        // A link or a FIFO is recorded as what it is, never opened: reading a FIFO would block,
        // and a link must stay a link.
        if (info.isSymLink()) {
            files.insert(relative, "<link to " + QFile::encodeName(info.symLinkTarget()) + '>');
            continue;
        }
        if (info.isDir()) {
            files.insert(relative + QLatin1Char('/'), {});
            continue;
        }
        struct stat status
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &status) == 0
            && !S_ISREG(status.st_mode)) {
            files.insert(relative, QByteArrayLiteral("<special file>"));
            continue;
        }
        QFile file(path);
        files.insert(relative,
                     file.open(QIODevice::ReadOnly) ? file.readAll()
                                                    : QByteArrayLiteral("<unreadable>"));
    }
    return files;
}

} // namespace

/**
 * docs/bad-input.md, row by row: each bad input gets its one clear message and exit code, within
 * the timeout, with no crash and nothing partially written.
 */
class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentIsComplete();
    void cases_data();
    void cases();

private:
    QList<Case> m_cases;
    QStringList m_documentedFixtures;
    int m_timeoutMs = 30000;
};

void TestBadInput::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RELU_EXPLORER_PATH)), RELU_EXPLORER_PATH);
    QFile document(QStringLiteral(RELU_BAD_INPUT_DOCUMENT));
    QVERIFY2(document.open(QIODevice::ReadOnly), RELU_BAD_INPUT_DOCUMENT);
    const QString markdown = QString::fromUtf8(document.readAll());
    for (const QStringList &cells : tableUnder(markdown, QStringLiteral("## The table"))) {
        QCOMPARE(cells.size(), 8);
        Case c;
        bool ok = false;
        c.number = cells[0].trimmed().toInt(&ok);
        QVERIFY2(ok, qPrintable(cells[0]));
        c.input = cell(cells[1]);
        c.name = cell(cells[2]);
        c.commandLine = cell(cells[3]);
        c.setup = cell(cells[4]);
        c.exitCode = cells[5].trimmed().toInt(&ok);
        QVERIFY2(ok, qPrintable(cells[5]));
        c.expected = cell(cells[6]);
        for (const QString &leaf : cell(cells[7]).split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.leaves << leaf.trimmed();
        m_cases << c;
    }
    for (const QStringList &cells : tableUnder(markdown, QStringLiteral("## Fixtures")))
        m_documentedFixtures << cell(cells[0]);
    const int timeoutSeconds = qEnvironmentVariableIntValue("RELU_BAD_INPUT_TIMEOUT");
    if (timeoutSeconds > 0)
        m_timeoutMs = timeoutSeconds * 1000;
}

void TestBadInput::documentIsComplete()
{
    // At least 40 cases, numbered 1, 2, 3, … so that a note can cite one.
    QVERIFY2(m_cases.size() >= 40, qPrintable(QString::number(m_cases.size())));
    for (int i = 0; i < m_cases.size(); ++i)
        QCOMPARE(m_cases[i].number, i + 1);
    // Each input the issue names has rows.
    QStringList inputs;
    for (const Case &c : m_cases)
        inputs << c.input;
    for (const char *input :
         { "flag", "number", "range", "expression", "lesson", "settings", "export" })
        QVERIFY2(inputs.contains(QLatin1String(input)), input);
    // Every fixture used is documented, and every documented one exists here.
    QStringList known = fixtures().keys();
    QStringList documented = m_documentedFixtures;
    known.sort();
    documented.sort();
    QCOMPARE(documented, known);
    static const QRegularExpression used(QStringLiteral("\\{fixture:([^}]+)\\}"));
    for (const Case &c : m_cases) {
        for (const auto &match : used.globalMatch(c.commandLine))
            QVERIFY2(fixtures().contains(match.captured(1)), qPrintable(match.captured(1)));
    }
}

void TestBadInput::cases_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::addRow("#%d %s: %s", m_cases[i].number, qPrintable(m_cases[i].input),
                      qPrintable(m_cases[i].name))
            << i;
}

void TestBadInput::cases()
{
    QFETCH(int, index);
    const Case &c = m_cases[index];
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString dir = scratch.path();

    // Expand the placeholders, creating what they name.
    bool dropPrivileges = false;
    QString tmpfs;
    QStringList lockedPaths;
    auto expand = [&](const QString &text, bool create) -> QString {
        static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)(?::([^}]*))?\\}"));
        QString out;
        qsizetype last = 0;
        for (const auto &match : placeholder.globalMatch(text)) {
            out += text.mid(last, match.capturedStart() - last);
            last = match.capturedEnd();
            const QString kind = match.captured(1);
            const QString argument = match.captured(2);
            if (kind == QLatin1String("dir")) {
                out += dir;
            } else if (kind == QLatin1String("fixture") || kind == QLatin1String("existing")) {
                const QString path = dir + QLatin1Char('/') + argument;
                if (create) {
                    QFile file(path);
                    if (file.open(QIODevice::WriteOnly))
                        file.write(kind == QLatin1String("fixture") ? fixtures().value(argument)()
                                                                    : previousContents);
                }
                out += path;
            } else if (kind == QLatin1String("locked")) {
                const QString path = dir + QStringLiteral("/locked");
                if (create && !QFileInfo::exists(path)) {
                    QDir().mkdir(path);
                    QFile lessonFile(path + QStringLiteral("/lesson.json"));
                    if (lessonFile.open(QIODevice::WriteOnly))
                        lessonFile.write(lesson());
                    lessonFile.close();
                    QFile::setPermissions(lessonFile.fileName(), QFileDevice::Permissions());
                    QFile::setPermissions(path,
                                          QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                              | QFile::ExeOther);
                    lockedPaths << path;
                }
                dropPrivileges = ::geteuid() == 0;
                out += path;
            } else if (kind == QLatin1String("tmpfs")) {
                tmpfs = dir + QStringLiteral("/small");
                if (create) {
                    QDir().mkdir(tmpfs);
                    if (::mount("tmpfs", QFile::encodeName(tmpfs).constData(), "tmpfs", 0,
                                "size=16k")
                        != 0)
                        tmpfs = QStringLiteral("!");
                }
                out += tmpfs;
            } else if (kind == QLatin1String("fifo")) {
                const QString path = dir + QLatin1Char('/') + argument;
                if (create)
                    ::mkfifo(QFile::encodeName(path).constData(), 0600);
                out += path;
            } else if (kind == QLatin1String("symlink")) {
                // NAME:TARGET, TARGET as written (relative to the link, or absolute).
                const int colon = argument.indexOf(QLatin1Char(':'));
                const QString path = dir + QLatin1Char('/') + argument.left(colon);
                if (create)
                    QFile::link(argument.mid(colon + 1), path);
                out += path;
            } else if (kind == QLatin1String("repeat")) {
                const int comma = argument.indexOf(QLatin1Char(':'));
                out += argument.mid(comma + 1).repeated(argument.left(comma).toInt());
            } else {
                out += match.captured(0);
            }
        }
        return out + text.mid(last);
    };
    QStringList arguments;
    for (const QString &argument : splitArguments(c.commandLine))
        arguments << expand(argument, true);
    const QString expected = expand(c.expected, false);
    if (tmpfs == QLatin1String("!"))
        QSKIP("cannot mount a 16 KB tmpfs here (it needs root); rows 86-88 stage the same failure "
              "with a file size limit");
    auto unmount = qScopeGuard([&] {
        if (!tmpfs.isEmpty())
            ::umount2(QFile::encodeName(tmpfs).constData(), MNT_DETACH);
        for (const QString &path : lockedPaths)
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });

    rlim_t fileSizeLimit = RLIM_INFINITY;
    QString standardOutput; // a file standard output goes to, such as /dev/full
    if (c.setup.startsWith(QLatin1String("fsize=")))
        fileSizeLimit = rlim_t(c.setup.mid(6).toLongLong());
    else if (c.setup.startsWith(QLatin1String("stdout=")))
        standardOutput = c.setup.mid(7);
    else
        QVERIFY2(c.setup.isEmpty(), qPrintable(c.setup));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RELU_EXIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
    QTemporaryDir home; // for `nobody`, who cannot use root's
    if (dropPrivileges) {
        QFile::setPermissions(dir,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(home.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
        for (const char *variable : { "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" })
            environment.insert(QLatin1String(variable), home.path());
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    }

    const QMap<QString, QByteArray> before = snapshotOf(dir);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([fileSizeLimit, dropPrivileges] {
        if (fileSizeLimit != RLIM_INFINITY) {
            rlimit limit {};
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = fileSizeLimit;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (dropPrivileges
            && (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0))
            ::_exit(99);
    });
    if (!standardOutput.isEmpty())
        process.setStandardOutputFile(standardOutput, QIODevice::Append);
    process.start(QStringLiteral(RELU_EXPLORER_PATH), arguments);
    const bool finished = process.waitForFinished(m_timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    QVERIFY2(finished, qPrintable(QStringLiteral("no answer within %1 s").arg(m_timeoutMs / 1000)));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // no crash, no signal
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == c.exitCode,
             qPrintable(QStringLiteral("exit %1, expected %2; stderr: %3")
                            .arg(process.exitCode())
                            .arg(c.exitCode)
                            .arg(QString::fromUtf8(err))));

    // Messages: ours start with "relu-explorer: ", one line each and of a readable length; Qt's
    // own warnings never reach the user.
    // A lesson that cannot be opened still opens the window, which says why (exit 2 all the same).
    const bool lessonRefused = c.input == QLatin1String("lesson") && c.exitCode == 2;
    const bool window = !arguments.contains(QStringLiteral("--export"))
        && !arguments.contains(QStringLiteral("--table")) && (c.exitCode == 0 || lessonRefused);
    if (window && lessonRefused)
        QVERIFY2(lines(out).size() == 1, out.constData()); // its first frame was drawn
    QStringList messages;
    for (const QString &line : lines(err)) {
        QVERIFY2(line.startsWith(QLatin1String("relu-explorer: ")),
                 qPrintable(QStringLiteral("unexpected on stderr: ") + line.left(300)));
        QVERIFY2(line.size() <= 2100,
                 qPrintable(QStringLiteral("a message of %1 characters").arg(line.size())));
        messages << line;
    }
    const bool wantsOutput = expected.startsWith(QLatin1String("out: "));
    const bool wantsWarning = expected.startsWith(QLatin1String("err: "));
    if (c.exitCode != 0 || wantsWarning) {
        const QString text = wantsWarning ? expected.mid(5) : expected;
        QVERIFY2(messages.size() == 1, qPrintable(QString::fromUtf8(err)));
        QVERIFY2(messages[0].contains(text),
                 qPrintable(messages[0] + QStringLiteral("\n  lacks: ") + text));
    } else {
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    }
    if (wantsOutput)
        QVERIFY2(QString::fromUtf8(out).contains(expected.mid(5)), out.constData());
    else if (!window)
        QCOMPARE(out, QByteArray());

    // Files: only the leaves are new or changed; nothing else, not even a temporary file.
    const QMap<QString, QByteArray> after = snapshotOf(dir);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (c.leaves.contains(it.key()))
            continue;
        QVERIFY2(before.contains(it.key()), qPrintable(QStringLiteral("left behind: ") + it.key()));
        QVERIFY2(before.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("changed: ") + it.key()));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.contains(it.key()) || c.leaves.contains(it.key()),
                 qPrintable(QStringLiteral("removed: ") + it.key()));
    for (const QString &leaf : c.leaves) {
        QVERIFY2(after.contains(leaf), qPrintable(QStringLiteral("not written: ") + leaf));
        if (leaf.endsWith(QLatin1String(".png")))
            QVERIFY(!QImage::fromData(after.value(leaf), "PNG").isNull());
        if (leaf.endsWith(QLatin1String(".damaged"))) {
            const QString original = leaf.chopped(int(qstrlen(".damaged")));
            QCOMPARE(after.value(leaf), before.value(original));
        }
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
