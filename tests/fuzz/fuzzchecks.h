// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

/**
 * What the fuzz targets do with one input, shared with the regression test
 * (tests/app/tst_fuzzregressions.cpp) so that a saved input is replayed through exactly the code
 * that found it, in the normal build too.
 *
 * Each check feeds its bytes through one path a user's bytes take into the app, then verifies
 * only invariants the code promises (a refused input says why, a kink's derivative is the
 * convention's value, a restored view can be shown, a saved lesson loads again unchanged). A
 * broken invariant throws Failure; a crash is left to the sanitizers.
 */
namespace FuzzChecks {

/** An invariant the code under test broke; what() says which, and for which input. */
class Failure : public std::runtime_error
{
public:
    explicit Failure(const QString &message);
};

/**
 * A user's expression: parse, kinks, pieces, f and f′ under every convention at the kinks, next
 * to them and at edge values, the sampled curves as the plot draws them, and the session state
 * switched to it.
 *
 * The input is the expression's UTF-8 text. Bytes after a NUL, if any, are read as raw doubles:
 * x values of the fuzzer's own choosing (the first two also a view), so that plain-text seeds
 * stay readable while the fuzzer can still reach any double.
 */
void checkExpression(const QByteArray &input);

/**
 * A lesson file: LessonFile::fromJson, and for an accepted lesson ExplorerState::restore, the
 * state's readout, table and curves, and the round trips toJson → fromJson of the lesson and of
 * the restored state's snapshot.
 */
void checkLesson(const QByteArray &input);

/**
 * A settings file: the input is written to one scratch file per process, then
 * Settings::fileProblem, Settings(path).session(), ExplorerState::restore and the restored
 * state's readout, table and curves; the restored session is saved through Settings and must
 * read back unchanged and without problems.
 */
void checkSettings(const QByteArray &input);

/** One fuzz target: its name (the folder of its corpus and regressions) and its check. */
struct Target
{
    const char *name;
    void (*check)(const QByteArray &input);
};

/** expression, lesson, settings. */
const Target *targets(std::size_t *count);

/** The fuzz targets' entry: runs `check` on the bytes; on a Failure prints it and aborts. */
int runOne(void (*check)(const QByteArray &), const std::uint8_t *data, std::size_t size);

/** The fuzz targets' LLVMFuzzerInitialize: the QCoreApplication that QSettings and tr() want. */
void initialize(int *argc, char ***argv);

} // namespace FuzzChecks
