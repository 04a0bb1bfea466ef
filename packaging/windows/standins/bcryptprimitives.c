/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks: the Rust standard
 * library of cryptography, nh3 and pydantic-core asks it for random bytes (ProcessPrng).
 * Answered from advapi32's RtlGenRandom (SystemFunction036), which Wine has.
 * Built by packaging/build_windows.py into the Wine prefix only - never into the bundle. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
