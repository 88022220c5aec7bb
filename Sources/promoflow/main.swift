print("promoflow: under construction")
