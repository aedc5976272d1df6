"""The demo's topics, each routed to a specialty."""

from __future__ import annotations

TOPICS = [
    {"name": "Cancer", "slug": "cancer", "specialty": "oncology"},
    {"name": "Heart health", "slug": "heart-health", "specialty": "cardiology"},
    {"name": "Blood pressure", "slug": "blood-pressure", "specialty": "cardiology"},
    {"name": "Cholesterol", "slug": "cholesterol", "specialty": "cardiology"},
    {"name": "Diabetes", "slug": "diabetes", "specialty": "endocrinology"},
    {"name": "Thyroid", "slug": "thyroid", "specialty": "endocrinology"},
    {"name": "Headaches and migraine", "slug": "headaches-migraine", "specialty": "neurology"},
    {"name": "Brain and nerves", "slug": "brain-nerves", "specialty": "neurology"},
    {"name": "Sleep", "slug": "sleep", "specialty": "sleep-medicine"},
    {"name": "Anxiety and mental health", "slug": "mental-health", "specialty": "psychiatry"},
    {"name": "Children's health", "slug": "childrens-health", "specialty": "pediatrics"},
    {"name": "Skin and acne", "slug": "skin", "specialty": "dermatology"},
    {"name": "Pregnancy", "slug": "pregnancy", "specialty": "obstetrics-gynecology"},
    {"name": "Women's health", "slug": "womens-health", "specialty": "obstetrics-gynecology"},
    {"name": "Vaccines", "slug": "vaccines", "specialty": "infectious-disease"},
    {"name": "Asthma and breathing", "slug": "asthma-lungs", "specialty": "pulmonology"},
    {"name": "Digestion and heartburn", "slug": "digestion", "specialty": "gastroenterology"},
    {"name": "Kidney stones", "slug": "kidney-stones", "specialty": "urology"},
    {"name": "Back and joint pain", "slug": "back-pain", "specialty": "physical-medicine"},
    {"name": "Genetics and family history", "slug": "genetics", "specialty": "medical-genetics"},
    {"name": "Allergies", "slug": "allergies", "specialty": "allergy-immunology"},
    {"name": "Medicines and side effects", "slug": "medicines", "specialty": "internal-medicine"},
    {"name": "Screening and check-ups", "slug": "screening", "specialty": "preventive-medicine"},
]
