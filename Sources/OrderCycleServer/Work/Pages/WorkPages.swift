import OrderCycleCore
import Vapor

/// The work area's pages: "my tasks" with the new task form, one task with its forms, the
/// boards and one board, and the board's script. Paths come from `PageRoute.Work`; the
/// access rules are the API's (`WorkAccess`), so a page offers exactly what the API allows.
enum WorkPages {
    static func register(_ routes: any RoutesBuilder) {
        routes.endpoint(.GET, PageRoute.Work.tasks, access: WorkAccess.staffReaders, use: TaskListPage.show)
        routes.endpoint(.POST, PageRoute.Work.tasks, access: WorkAccess.workers, use: TaskListPage.create)
        routes.endpoint(.GET, PageRoute.Work.task, access: WorkAccess.taskReaders, use: TaskPage.show)
        routes.endpoint(.POST, PageRoute.Work.pull, access: WorkAccess.workers, use: TaskPage.pull)
        routes.endpoint(.POST, PageRoute.Work.move, access: WorkAccess.workers, use: TaskPage.move)
        routes.endpoint(.POST, PageRoute.Work.complete, access: WorkAccess.workers, use: TaskPage.complete)
        routes.endpoint(.POST, PageRoute.Work.deadline, access: WorkAccess.workers, use: TaskPage.deadline)
        routes.endpoint(.POST, PageRoute.Work.comment, access: WorkAccess.workers, use: TaskPage.comment)
        routes.endpoint(.POST, PageRoute.Work.checklist, access: WorkAccess.workers, use: TaskPage.addChecklistItem)
        routes.endpoint(.POST, PageRoute.Work.checklistItem, access: WorkAccess.workers, use: TaskPage.toggleChecklistItem)
        routes.endpoint(.POST, PageRoute.Work.override, access: WorkAccess.workers, use: TaskPage.override)
        routes.endpoint(.GET, PageRoute.Work.boards, access: WorkAccess.staffReaders, use: BoardListPage.show)
        routes.endpoint(.GET, PageRoute.Work.board, access: WorkAccess.staffReaders, use: BoardPage.show)
        routes.endpoint(.GET, PageRoute.Work.boardSettings, access: WorkAccess.workers, use: BoardSettingsPage.show)
        routes.endpoint(.POST, PageRoute.Work.boardColumns, access: WorkAccess.workers, use: BoardSettingsPage.add)
        routes.endpoint(.POST, PageRoute.Work.boardColumn, access: WorkAccess.workers, use: BoardSettingsPage.configure)
        routes.endpoint(.POST, PageRoute.Work.boardColumnRemove, access: WorkAccess.workers, use: BoardSettingsPage.remove)
        routes.endpoint(.GET, PageRoute.Work.teams, access: .only(.admin), use: TeamsPage.show)
        routes.endpoint(.POST, PageRoute.Work.teams, access: .only(.admin), use: TeamsPage.create)
        routes.endpoint(.POST, PageRoute.Work.teamMembers, access: .only(.admin), use: TeamsPage.setMember)
        routes.endpoint(.POST, PageRoute.Work.teamMemberRemove, access: .only(.admin), use: TeamsPage.removeMember)
        routes.endpoint(.POST, PageRoute.Work.teamBoards, access: .only(.admin), use: TeamsPage.createBoard)
        routes.endpoint(.GET, PageRoute.Work.boardScript, access: .open) { _ in BoardScript.response() }
        routes.endpoint(.GET, PageRoute.Work.sortableScript, access: .open) { _ in BoardScript.sortableResponse() }
    }
}
