import OrderCycleServer

try await OrderCycleApp.main()
