"""Windows only: give a file or folder a protected access list that lets only this user in.

POSIX permission bits mean nothing on Windows, where a file inherits its folder's access list:
a portable `data\\` folder on a stick or under C:\\ is readable by every account of the
computer. Windows' own security functions (advapi32, through ctypes: no extra dependency)
replace that list with one entry, full control for the user running the app, protected from
inheritance; a folder passes it on to what is later created in it. pywin32 offers the same
calls but would add a ~10 MB dependency for three of them.

Importable everywhere (tests check the descriptor text on Linux); only calling the functions
needs Windows. Every failure is an OSError.
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from typing import Any

SE_FILE_OBJECT = 1
DACL_SECURITY_INFORMATION = 0x00000004
PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
SE_DACL_PROTECTED = 0x1000
TOKEN_QUERY = 0x0008
TOKEN_USER = 1  # TOKEN_INFORMATION_CLASS
SDDL_REVISION_1 = 1


def owner_only_sddl(user_sid: str, *, folder: bool) -> str:
    """The security descriptor, in SDDL: protected (P), one allow entry, full access (FA) for
    `user_sid`; a folder's entry is inherited by its files (OI) and folders (CI)."""
    inherit = "OICI" if folder else ""
    return f"D:P(A;{inherit};FA;;;{user_sid})"


def _windows_only(name: str) -> Any:
    """A ctypes name that exists on Windows only (AttributeError elsewhere)."""
    return getattr(ctypes, name)


def _dlls() -> tuple[Any, Any]:
    """advapi32 and kernel32 with the signatures used here (64-bit handles need them)."""
    windll = _windows_only("WinDLL")
    advapi32 = windll("advapi32", use_last_error=True)
    kernel32 = windll("kernel32", use_last_error=True)
    void_p, dword, pointer = ctypes.c_void_p, wintypes.DWORD, ctypes.POINTER
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.GetCurrentProcess.argtypes = []
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel32.LocalFree.argtypes = [void_p]
    kernel32.LocalFree.restype = void_p
    advapi32.OpenProcessToken.argtypes = [wintypes.HANDLE, dword, pointer(wintypes.HANDLE)]
    advapi32.GetTokenInformation.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        void_p,
        dword,
        pointer(dword),
    ]
    advapi32.ConvertSidToStringSidW.argtypes = [void_p, pointer(void_p)]
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
        wintypes.LPCWSTR,
        dword,
        pointer(void_p),
        pointer(dword),
    ]
    advapi32.GetSecurityDescriptorDacl.argtypes = [
        void_p,
        pointer(wintypes.BOOL),
        pointer(void_p),
        pointer(wintypes.BOOL),
    ]
    advapi32.GetSecurityDescriptorControl.argtypes = [
        void_p,
        pointer(wintypes.WORD),
        pointer(dword),
    ]
    advapi32.GetNamedSecurityInfoW.argtypes = [
        wintypes.LPCWSTR,
        ctypes.c_int,
        dword,
        void_p,
        void_p,
        pointer(void_p),
        void_p,
        pointer(void_p),
    ]
    advapi32.GetNamedSecurityInfoW.restype = dword
    advapi32.SetNamedSecurityInfoW.argtypes = [
        wintypes.LPWSTR,
        ctypes.c_int,
        dword,
        void_p,
        void_p,
        void_p,
        void_p,
    ]
    advapi32.SetNamedSecurityInfoW.restype = dword
    return advapi32, kernel32


def _failed(code: int | None = None) -> OSError:
    """The OSError (with its winerror) of a failed call: `code`, or the thread's last error."""
    error_code = _windows_only("get_last_error")() if code is None else code
    result: OSError = _windows_only("WinError")(error_code)
    return result


def current_user_sid() -> str:
    """The security identifier of the user this process runs as (S-1-5-21-…)."""
    advapi32, kernel32 = _dlls()
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(
        kernel32.GetCurrentProcess(), TOKEN_QUERY, ctypes.byref(token)
    ):
        raise _failed()
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, TOKEN_USER, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, TOKEN_USER, buffer, size, ctypes.byref(size)):
            raise _failed()
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        text = ctypes.c_void_p()
        if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)) or not text.value:
            raise _failed()
        try:
            return ctypes.wstring_at(text.value)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)


def _set_dacl(advapi32: Any, path: str, dacl: ctypes.c_void_p) -> None:
    flags = DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION
    status = advapi32.SetNamedSecurityInfoW(path, SE_FILE_OBJECT, flags, None, None, dacl, None)
    if status:
        raise _failed(status)


def restrict_to_current_user(path: str, *, folder: bool) -> None:
    """Replace the access list of `path` with the owner-only one of `owner_only_sddl`."""
    advapi32, kernel32 = _dlls()
    descriptor = ctypes.c_void_p()
    sddl = owner_only_sddl(current_user_sid(), folder=folder)
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        sddl, SDDL_REVISION_1, ctypes.byref(descriptor), None
    ):
        raise _failed()
    try:
        present, defaulted, dacl = wintypes.BOOL(), wintypes.BOOL(), ctypes.c_void_p()
        if not advapi32.GetSecurityDescriptorDacl(
            descriptor, ctypes.byref(present), ctypes.byref(dacl), ctypes.byref(defaulted)
        ):
            raise _failed()
        _set_dacl(advapi32, path, dacl)
    finally:
        kernel32.LocalFree(descriptor)


def copy_protected_access(source: str, target: str) -> bool:
    """Give `target` the access list of `source` when that list is protected (set on purpose,
    e.g. owner-only); False, changing nothing, when `source` inherits from its folder, as a
    new file in the same folder does anyway."""
    advapi32, kernel32 = _dlls()
    dacl, descriptor = ctypes.c_void_p(), ctypes.c_void_p()
    status = advapi32.GetNamedSecurityInfoW(
        source,
        SE_FILE_OBJECT,
        DACL_SECURITY_INFORMATION,
        None,
        None,
        ctypes.byref(dacl),
        None,
        ctypes.byref(descriptor),
    )
    if status:
        raise _failed(status)
    try:
        control, revision = wintypes.WORD(), wintypes.DWORD()
        if not advapi32.GetSecurityDescriptorControl(
            descriptor, ctypes.byref(control), ctypes.byref(revision)
        ):
            raise _failed()
        if not control.value & SE_DACL_PROTECTED:
            return False
        _set_dacl(advapi32, target, dacl)
        return True
    finally:
        kernel32.LocalFree(descriptor)
