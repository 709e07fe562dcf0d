// The composition root: every feature's contributions to other features' screens, registered once at start
// (as VS Code's workbench.common.main.ts imports each contribution). Features never import each other; a host
// draws a slot from renderer/contributions, and what fills it is decided here. Each registration only names a
// dynamic import, so nothing here adds to the first screen's code.
import '../features/account/contributions';
import '../features/sync/contributions';
