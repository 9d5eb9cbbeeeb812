#pragma once

// The two searches the export spends its time in, 16 bytes at a time where
// the CPU has SSE2 (every x86-64): the end of a run of plain JSON string
// content, and the first byte that makes a CSV field need quotes.

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ByteScan {

// The first byte in [p, end) that is '"', '\\' or a control character
// (below 0x20), or end.
inline const char *findStringStop(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i control = _mm_set1_epi8(0x1F);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // max(b, 0x1F) == 0x1F exactly when b <= 0x1F, unsigned.
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
            _mm_cmpeq_epi8(_mm_max_epu8(bytes, control), control));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\' || c < 0x20)
            return p;
    }
    return end;
}

// The first byte in [p, end) that is '"', CR, LF or `delimiter`, or end.
inline const char *findCsvSpecial(const char *p, const char *end, char delimiter)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i delim = _mm_set1_epi8(delimiter);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, cr)),
                         _mm_or_si128(_mm_cmpeq_epi8(bytes, lf), _mm_cmpeq_epi8(bytes, delim)));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '"' || c == '\r' || c == '\n' || c == delimiter)
            return p;
    }
    return end;
}

} // namespace ByteScan
