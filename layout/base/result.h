// SPDX-License-Identifier: MIT
#pragma once
// Result<T>: a value or an error message meant for the user. No exceptions cross stage boundaries.
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace bm {

struct Error {
    std::string message;
};

template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error e) : m_v(std::move(e)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_v); }
    const T& value() const { return std::get<0>(m_v); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const std::string& error() const { return std::get<1>(m_v).message; }

private:
    std::variant<T, Error> m_v;
};

/// Result for operations with no value.
struct Ok {};
using Status = Result<Ok>;

}  // namespace bm
