/// One of the six stages of the order fulfilment cycle, in cycle order (DOMAIN §3.4, table 9.2).
///
/// A stage may be skipped by an order: an order from stock has no production, a repeat product
/// has no technical preparation.
public enum Stage: String, CaseIterable, Codable, Sendable, CodingKeyRepresentable {
    /// Record, process and document the order.
    case receipt
    /// Design and technology; done once, for a new product only.
    case technicalPreparation = "technical_preparation"
    /// Order materials, choose suppliers, receive and store them.
    case materials
    /// Get blanks, pick equipment, synchronise, make the release schedule.
    case launchPreparation = "launch_preparation"
    /// Technological operations, control, transport, dispatching.
    case production
    /// Store finished goods, pick the order, ship it to the consumer.
    case delivery

    /// The symbol of the stage's duration in the cycle formula (DOMAIN §3.5), e.g. `T_oz`.
    public var symbol: String { symbol(.en) }

    /// The symbol in the given language: `T_oz` in English, `Тоз` as the source text writes it.
    public func symbol(_ language: Language) -> String {
        switch (self, language) {
        case (.receipt, .en): "T_oz"
        case (.receipt, .ru): "Тоз"
        case (.technicalPreparation, .en): "T_tp"
        case (.technicalPreparation, .ru): "Ттп"
        case (.materials, .en): "T_zm"
        case (.materials, .ru): "Тзм"
        case (.launchPreparation, .en): "T_pz"
        case (.launchPreparation, .ru): "Тпз"
        case (.production, .en): "T_pc"
        case (.production, .ru): "Тпц"
        case (.delivery, .en): "T_p"
        case (.delivery, .ru): "Тп"
        }
    }

    /// The stage's name for a label.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.receipt, .en): "Order receipt"
        case (.receipt, .ru): "Получение заказа"
        case (.technicalPreparation, .en): "Technical preparation"
        case (.technicalPreparation, .ru): "Техническая подготовка"
        case (.materials, .en): "Materials supply"
        case (.materials, .ru): "Поставка материалов"
        case (.launchPreparation, .en): "Launch preparation"
        case (.launchPreparation, .ru): "Подготовка к запуску"
        case (.production, .en): "Production"
        case (.production, .ru): "Производство"
        case (.delivery, .en): "Delivery"
        case (.delivery, .ru): "Поставка заказа"
        }
    }

    /// The stage's position in the cycle, 0 for receipt to 5 for delivery.
    public var position: Int {
        switch self {
        case .receipt: 0
        case .technicalPreparation: 1
        case .materials: 2
        case .launchPreparation: 3
        case .production: 4
        case .delivery: 5
        }
    }
}
