/// promoflow's version: the one place it is set (a release bumps it here), printed by
/// `promoflow --version`.
enum PromoflowVersion {
  static let current = "0.7.0"
}
