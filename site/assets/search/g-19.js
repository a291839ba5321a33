(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-19"]={"p":"bDiHiPWhNHeDhAkB"};
