(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-30"]={"p":"HiRBhenXhE"};
