(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-21"]={"p":"hYhIhEBThGhLEhEkMY"};
