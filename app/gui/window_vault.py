"""File → Protect, Lock, Lock after and Wipe all my data, as the window shows them.

Part of `MainWindow` (app/gui/main_window.py), which holds the widgets these methods use;
texts are translated in the window's own context, "MainWindow"."""

from __future__ import annotations

from app.gui import settings as S


class Vault:
    def is_vault(self) -> bool:
        from index.vault import session

        return session.is_vault(self.core.data_dir)

    def is_not_vault(self) -> bool:
        return not self.is_vault()

    def lock_after_chosen(self) -> float:
        return self.settings.get(S.LOCK_AFTER)

    def sync_vault_actions(self) -> None:
        """File → Protect… when the folder is no vault; Change…, Remove…, Lock and Lock after
        when it is one."""
        self.refresh_actions()

    def wipe_all_data(self) -> bool:
        from app.gui.wipe import confirm_and_wipe

        return confirm_and_wipe(self)
