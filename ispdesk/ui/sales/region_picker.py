"""Province -> kabupaten/kota -> kecamatan -> kelurahan/desa pickers; choosing the
kelurahan fills its postal code (still editable: the dataset is a selection)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from ispdesk.services.regions import RegencyNode, region_tree

VILLAGE_NAME_ROLE = Qt.ItemDataRole.UserRole + 1   # the kelurahan's bare name (the text shows its postal code)


class RegionPicker(QWidget):
    """Four dependent combo boxes and the postal code. ``region_changed`` fires
    with the chosen regency (for its centre coordinates) or None."""

    region_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = region_tree()
        self.province = self._combo("provinsi")
        self.regency = self._combo("kabupaten")
        self.district = self._combo("kecamatan")
        self.village = self._combo("kelurahan")
        self.postal_code = QLineEdit(self)
        self.postal_code.setObjectName("kode_pos")
        self.postal_code.setMaxLength(5)
        self.postal_code.setPlaceholderText("40162")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Province"), self.province)
        layout.addRow(self.tr("Kabupaten / kota"), self.regency)
        layout.addRow(self.tr("Kecamatan"), self.district)
        layout.addRow(self.tr("Kelurahan / desa"), self.village)
        layout.addRow(self.tr("Postal code"), self.postal_code)
        self.province.addItems(["", *self.tree])
        self.province.currentTextChanged.connect(self._province_chosen)
        self.regency.currentTextChanged.connect(self._regency_chosen)
        self.district.currentTextChanged.connect(self._district_chosen)
        self.village.currentIndexChanged.connect(self._village_chosen)
        self._province_chosen("")

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(24)
        return combo

    @staticmethod
    def _fill(combo: QComboBox, names: list[str]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(["", *names])
        combo.blockSignals(False)
        combo.setEnabled(bool(names))

    def _node(self) -> RegencyNode | None:
        return self.tree.get(self.province.currentText(), {}).get(self.regency.currentText())

    def _province_chosen(self, province: str) -> None:
        self._fill(self.regency, list(self.tree.get(province, {})))
        self._regency_chosen("")

    def _regency_chosen(self, _regency: str) -> None:
        node = self._node()
        self._fill(self.district, list(node.districts) if node else [])
        self._district_chosen("")
        self.region_changed.emit(node)

    def _district_chosen(self, district: str) -> None:
        node = self._node()
        villages = node.districts.get(district, ()) if node else ()
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem("", "")
        for name, postal in villages:
            self.village.addItem(f"{name} ({postal})", postal)
            self.village.setItemData(self.village.count() - 1, name, VILLAGE_NAME_ROLE)
        self.village.blockSignals(False)
        self.village.setEnabled(bool(villages))

    def _village_chosen(self, index: int) -> None:
        postal = self.village.itemData(index) or ""
        if postal:
            self.postal_code.setText(postal)

    # -- values -----------------------------------------------------------------
    def values(self) -> dict[str, str]:
        """The picked names as the leads/customers columns hold them."""
        village = self.village.currentData(VILLAGE_NAME_ROLE) or ""
        return {"provinsi": self.province.currentText(), "kabupaten": self.regency.currentText(),
                "kecamatan": self.district.currentText(), "kelurahan": village,
                "kode_pos": self.postal_code.text().strip()}

    def set_values(self, provinsi: str, kabupaten: str, kecamatan: str, kelurahan: str, kode_pos: str) -> None:
        """Pick the stored names; a name outside the dataset is added so nothing is lost."""
        for combo, value in ((self.province, provinsi), (self.regency, kabupaten), (self.district, kecamatan)):
            if value and combo.findText(value) < 0:
                combo.addItem(value)
                combo.setEnabled(True)
            combo.setCurrentIndex(max(combo.findText(value), 0))
        if kelurahan:
            index = next((i for i in range(self.village.count())
                          if self.village.itemData(i, VILLAGE_NAME_ROLE) == kelurahan), -1)
            if index < 0:
                self.village.addItem(kelurahan, kode_pos)
                index = self.village.count() - 1
                self.village.setItemData(index, kelurahan, VILLAGE_NAME_ROLE)
                self.village.setEnabled(True)
            self.village.setCurrentIndex(index)
        self.postal_code.setText(kode_pos)

