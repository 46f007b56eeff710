// SPDX-License-Identifier: MIT
#pragma once
// Headless subcommands. Each returns the process exit code: 0 ok, 2 bad input (one line on stderr).
namespace bm::cli {
int runTypeset(int argc, char** argv);
int runExport(int argc, char** argv);
/// 0 nothing at or above --fail-on, 1 findings, 2 bad input.
int runCheck(int argc, char** argv);
int runPlace(int argc, char** argv);
int runFit(int argc, char** argv);
int runHeadline(int argc, char** argv);
int runImage(int argc, char** argv);
int runAutolayout(int argc, char** argv);
int runImport(int argc, char** argv);
/// Prints the number of replacements.
int runReplace(int argc, char** argv);
/// Prints how many character ranges were styled.
int runStyle(int argc, char** argv);
void printUsage();
}  // namespace bm::cli
