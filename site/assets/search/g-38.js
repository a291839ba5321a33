(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-38"]={"p":"hZiWDhGhejDiUhH"};
