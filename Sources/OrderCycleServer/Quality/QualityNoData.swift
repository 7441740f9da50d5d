import Foundation
import OrderCycleCore

/// Why a figure is "no data": which of its inputs the period did not record. No data is never
/// 0 — a history that lacks an indicator's inputs (an import of dates, ship modes and returns)
/// leaves it unmeasured, and the dashboard says so instead of showing a perfect score.
enum QualityNoData {
    static func reason(_ indicator: QualityIndicator, lang: Language, serviceRequests: Bool = false) -> String {
        if serviceRequests {
            switch indicator {
            case .flexibility:
                return lang.t("No service request was refused or closed in the period.", "В периоде не отклонена и не закрыта ни одна сервисная заявка.")
            case .serviceLevelByCount, .serviceLevelByTime:
                return lang.t("No service is offered to the clients with requests in the period.", "Клиентам с заявками в периоде не предлагается ни одна услуга.")
            default: break
            }
        }
        return switch indicator {
        case .stockoutProbability:
            lang.t("No order of the period was placed against stock in OrderCycle (imported orders were not).",
                   "Ни один заказ периода не размещался в OrderCycle с резервированием запаса (импортированные — нет).")
        case .demandSaturation:
            lang.t("No item has a required stock, or the period is past (stock history is not kept).",
                   "Ни для одной позиции не задан требуемый запас, или период прошёл (история запасов не хранится).")
        case .orderCoverage:
            lang.t("No ordered product has a known place in the range (products made by an import are left out).",
                   "Ни для одного заказанного товара не известно, входит ли он в ассортимент (созданные импортом не учитываются).")
        case .timeExpectations, .uninterruptedExecution, .onTimeInFull, .perfectOrder:
            lang.t("No order reached its promised milestone against a promise.",
                   "Ни один заказ не достиг обещанного этапа при заданном сроке.")
        case .flexibility:
            lang.t("No request was decided in the period (imported claims are not decided).",
                   "В периоде не решена ни одна заявка (импортированные претензии не решены).")
        case .serviceDeficiency:
            lang.t("No orders in the period.", "В периоде нет заказов.")
        case .serviceReliability:
            lang.t("None of its components has data.", "Ни у одной составляющей нет данных.")
        case .serviceLevelByCount, .serviceLevelByTime:
            lang.t("No promise fell due in the period.", "В периоде не наступил ни один обещанный срок.")
        }
    }

    static func interruptions(lang: Language) -> String {
        lang.t("No stage of the completed orders was recorded (imported orders have dates only).",
               "Этапы завершённых заказов не записаны (у импортированных заказов есть только даты).")
    }

    /// The components R was computed from: those with data and a weight.
    static func reliabilityComponents(_ values: [QualityIndicator: IndicatorValue], weights: ReliabilityWeights) -> [QualityIndicator] {
        QualityIndicator.reliabilityComponents.filter { (values[$0]?.value != nil) && weights.weight(for: $0) > 0 }
    }
}
